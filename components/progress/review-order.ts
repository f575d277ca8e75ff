/**
 * The starting order of an ordering question in review: shuffled from the
 * question id (stable between renders and reloads), never already solved.
 */
import { createRng, hashLabel } from '@/lib/sim/random';

export function startingOrder(questionId: string, correct: readonly string[]): string[] {
  const order = createRng(hashLabel(`review:${questionId}`)).shuffle(correct);
  if (order.length > 1 && order.every((id, i) => id === correct[i])) order.push(order.shift()!);
  return order;
}
