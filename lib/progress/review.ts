/**
 * Spaced review, Leitner style. A mistake (a missed quiz question, a failed
 * hidden scenario) becomes an item due one day later. Each right answer moves
 * it to the next, longer wait; a wrong answer sends it back to the first.
 * Answering right at the last step masters it and it leaves the queue. A
 * failed hidden scenario is different: the learner fixes code, not memory, so
 * a later submit that passes the scenario masters it at once.
 *
 * Pure functions: the clock is a parameter, so tests can move time.
 */
import type { ProgressState, QuizReviewItem, ReviewItem, ScenarioReviewItem } from './schema';

export const REVIEW_INTERVALS_DAYS = [1, 3, 7, 21, 60] as const;
export const DAY_MS = 86_400_000;

export function intervalMs(stage: number): number {
  const days = REVIEW_INTERVALS_DAYS[Math.min(stage, REVIEW_INTERVALS_DAYS.length - 1)];
  return days * DAY_MS;
}

type NewQuizItem = Omit<QuizReviewItem, 'stage' | 'dueAt' | 'createdAt' | 'updatedAt' | 'lastReviewedAt' | 'masteredAt'>;
type NewScenarioItem = Omit<ScenarioReviewItem, 'stage' | 'dueAt' | 'createdAt' | 'updatedAt' | 'lastReviewedAt' | 'masteredAt'>;

/**
 * A fresh mistake. If the same mistake is already queued (or was mastered and
 * is made again), it goes back to the first step but keeps its creation date.
 */
export function recordMistake(existing: ReviewItem | undefined, item: NewQuizItem | NewScenarioItem, now: number): ReviewItem {
  return {
    ...item,
    stage: 0,
    dueAt: now + intervalMs(0),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    ...(existing?.lastReviewedAt !== undefined ? { lastReviewedAt: existing.lastReviewedAt } : {}),
  } as ReviewItem;
}

/** The learner answered a due item in review. */
export function answerReview(item: ReviewItem, correct: boolean, now: number): ReviewItem {
  const { masteredAt: _masteredAt, ...rest } = item;
  if (!correct) return { ...rest, stage: 0, dueAt: now + intervalMs(0), updatedAt: now, lastReviewedAt: now };
  const next = item.stage + 1;
  if (next >= REVIEW_INTERVALS_DAYS.length) {
    return { ...rest, stage: next, dueAt: now, updatedAt: now, lastReviewedAt: now, masteredAt: now };
  }
  return { ...rest, stage: next, dueAt: now + intervalMs(next), updatedAt: now, lastReviewedAt: now };
}

/** A later submit passed the scenario: the fix is in the code, so it is mastered. */
export function masterItem(item: ReviewItem, now: number): ReviewItem {
  return { ...item, masteredAt: now, updatedAt: now };
}

export function isActive(item: ReviewItem): boolean {
  return item.masteredAt === undefined;
}

export function isDue(item: ReviewItem, now: number): boolean {
  return isActive(item) && item.dueAt <= now;
}

/** Items due now, the longest-waiting first. */
export function dueItems(state: ProgressState, now: number): ReviewItem[] {
  return Object.values(state.review)
    .filter((item) => isDue(item, now))
    .sort((a, b) => a.dueAt - b.dueAt || a.id.localeCompare(b.id));
}

/** Items still being learned, soonest due first. */
export function activeItems(state: ProgressState): ReviewItem[] {
  return Object.values(state.review)
    .filter(isActive)
    .sort((a, b) => a.dueAt - b.dueAt || a.id.localeCompare(b.id));
}

export function masteredCount(state: ProgressState): number {
  return Object.values(state.review).filter((item) => !isActive(item)).length;
}
