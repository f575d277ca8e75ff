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

/** Moves one step up (-1) or down (+1); out-of-range moves change nothing. */
export function moveStep(order: readonly string[], index: number, delta: -1 | 1): string[] {
  const target = index + delta;
  if (index < 0 || index >= order.length || target < 0 || target >= order.length) return [...order];
  const next = [...order];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}
