/**
 * Storage keys and record ids. Ids are derived from what they name, never
 * random, so that the same attempt or mistake reaching the store twice (two
 * tabs, an import of an export) is one record, not two.
 */

export const STORAGE_PREFIX = 'sticky-course';
export const PROGRESS_KEY = `${STORAGE_PREFIX}:progress`;
export const DRAFT_PREFIX = `${STORAGE_PREFIX}:draft:`;
export const BACKUP_PREFIX = `${STORAGE_PREFIX}:progress-backup:`;

export function draftKey(exerciseId: string): string {
  return `${DRAFT_PREFIX}${exerciseId}`;
}

export function backupKey(at: number): string {
  return `${BACKUP_PREFIX}${new Date(at).toISOString()}`;
}

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
