/**
 * Merging two progress states record by record. This is what keeps two open
 * tabs from erasing each other (every write re-reads the store and merges) and
 * what an import does. The rules only ever keep the more complete record:
 * lessons read are a union, exercise results keep the best, attempts are a
 * union by id, and a review item keeps its latest change.
 */
import type { AttemptResult, ExerciseAttemptSummary, ExerciseRecord, ProgressState, ReviewItem } from './schema';

/** Enough history to show how the last tries went, small enough to never fill the store. */
export const EXERCISE_HISTORY_LIMIT = 20;

/** Sort key of a result: a submit says more than a run, then passing, then the share passed. */
function rank(r: AttemptResult): [number, number, number] {
  return [r.mode === 'submit' ? 1 : 0, r.passed ? 1 : 0, r.total > 0 ? r.passedCount / r.total : 0];
}

export function betterResult(a: AttemptResult, b: AttemptResult): AttemptResult {
  const ra = rank(a);
  const rb = rank(b);
  for (let i = 0; i < ra.length; i++) {
    if (ra[i] !== rb[i]) return ra[i] > rb[i] ? a : b;
  }
  // Equal results: keep the first time it was reached.
  return b.at < a.at ? b : a;
}

function minDefined(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}

function mergeHistory(a: ExerciseAttemptSummary[], b: ExerciseAttemptSummary[]): ExerciseAttemptSummary[] {
  const byId = new Map<string, ExerciseAttemptSummary>();
  for (const attempt of [...a, ...b]) if (!byId.has(attempt.id)) byId.set(attempt.id, attempt);
  return [...byId.values()].sort((x, y) => x.at - y.at || x.id.localeCompare(y.id)).slice(-EXERCISE_HISTORY_LIMIT);
}

export function mergeExercise(a: ExerciseRecord, b: ExerciseRecord): ExerciseRecord {
  const solvedAt = minDefined(a.solvedAt, b.solvedAt);
  const passingCode =
    a.passingCode && b.passingCode ? (b.passingCode.at > a.passingCode.at ? b.passingCode : a.passingCode) : (a.passingCode ?? b.passingCode);
  return {
    best: betterResult(a.best, b.best),
    ...(solvedAt !== undefined ? { solvedAt } : {}),
    ...(passingCode ? { passingCode } : {}),
    lastAttemptAt: Math.max(a.lastAttemptAt, b.lastAttemptAt),
    history: mergeHistory(a.history, b.history),
  };
}

export function mergeReviewItem(a: ReviewItem, b: ReviewItem): ReviewItem {
  if (a.updatedAt !== b.updatedAt) return b.updatedAt > a.updatedAt ? b : a;
  // Same instant in two tabs: mastery wins, so a cleared mistake stays cleared.
  if (b.masteredAt !== undefined && a.masteredAt === undefined) return b;
  return a;
}

function mergeMaps<T>(a: Record<string, T>, b: Record<string, T>, both: (x: T, y: T) => T): Record<string, T> {
  const out: Record<string, T> = { ...a };
  for (const [id, record] of Object.entries(b)) out[id] = id in out ? both(out[id], record) : record;
  return out;
}

export function mergeProgress(a: ProgressState, b: ProgressState): ProgressState {
  return {
    version: a.version,
    lessons: mergeMaps(a.lessons, b.lessons, (x, y) => ({ readAt: Math.min(x.readAt, y.readAt) })),
    exercises: mergeMaps(a.exercises, b.exercises, mergeExercise),
    // An attempt is immutable once recorded: the same id is the same attempt.
    quizAttempts: mergeMaps(a.quizAttempts, b.quizAttempts, (x) => x),
    review: mergeMaps(a.review, b.review, mergeReviewItem),
  };
}
