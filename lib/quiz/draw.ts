/**
 * Seeded draws: the same seed always gives the same mock interview (so an
 * attempt can be resumed and replayed), and a retake avoids the questions of
 * the attempt before it wherever the pool allows.
 */
import { createRng } from '@/lib/sim/random';
import type { OpenPrompt, Question } from './schema';
import { TOPIC_IDS } from './topics';

export interface DrawOptions {
  questionCount: number;
  promptCount: number;
  /** Ids from the previous attempt, drawn only when nothing else is left. */
  avoid?: readonly string[];
}

export interface MockDraw {
  questionIds: string[];
  promptIds: string[];
}

/**
 * Covers every topic once (in a seeded order), then fills the remaining
 * places from the whole pool, preferring questions not seen last time.
 */
export function drawMock(pool: readonly Question[], prompts: readonly OpenPrompt[], seed: number, options: DrawOptions): MockDraw {
  const rng = createRng(seed);
  const avoid = new Set(options.avoid ?? []);
  const fresh = (q: { id: string }) => !avoid.has(q.id);
  const chosen: string[] = [];
  const taken = new Set<string>();
  const take = (candidates: readonly Question[]) => {
    const open = candidates.filter((q) => !taken.has(q.id));
    const preferred = open.filter(fresh);
    const from = preferred.length > 0 ? preferred : open;
    if (from.length === 0) return;
    const pick = rng.pick(from);
    taken.add(pick.id);
    chosen.push(pick.id);
  };
  for (const topic of rng.shuffle(TOPIC_IDS)) {
    if (chosen.length >= options.questionCount) break;
    take(pool.filter((q) => q.topic === topic));
  }
  while (chosen.length < options.questionCount && chosen.length < pool.length) take(pool);

  const promptOrder = rng.shuffle(prompts);
  const promptIds = [...promptOrder.filter(fresh), ...promptOrder.filter((p) => !fresh(p))]
    .slice(0, options.promptCount)
    .map((p) => p.id);
  return { questionIds: rng.shuffle(chosen), promptIds };
}

/** The order an ordering question's steps are first shown in: seeded, never already solved. */
export function shuffledSteps(stepIds: readonly string[], seed: number): string[] {
  const rng = createRng(seed);
  for (let attempt = 0; attempt < 10; attempt++) {
    const order = rng.shuffle(stepIds);
    if (order.some((id, i) => id !== stepIds[i])) return order;
  }
  return [...stepIds].reverse();
}
