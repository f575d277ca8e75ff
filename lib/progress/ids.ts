/**
 * Record ids (storage keys live in lib/storage/keys.ts). Ids are derived from what they name, never
 * random, so that the same attempt or mistake reaching the store twice (two
 * tabs, an import of an export) is one record, not two.
 */

export function quizAttemptId(quizId: string, startedAt: number): string {
  return `${quizId}@${startedAt}`;
}

export function exerciseAttemptId(exerciseId: string, mode: string, seed: number, at: number): string {
  return `${exerciseId}:${mode}:${seed}@${at}`;
}

export function quizReviewId(questionId: string): string {
  return `quiz:${questionId}`;
}

export function scenarioReviewId(exerciseId: string, scenarioId: string): string {
  return `scenario:${exerciseId}:${scenarioId}`;
}
