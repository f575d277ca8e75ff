/**
 * The learner's progress, for client components. One store per page, made on
 * first use: in the browser it saves to localStorage and hears other tabs
 * through the `storage` event; during server rendering it is an empty
 * in-memory store, so nothing here touches `window` at import time.
 */
import { createProgressStore, type ProgressListener, type ProgressStore } from './store';
import { browserStorage, createMemoryStorage } from '@/lib/storage/web-storage';
import type { Draft } from './drafts';
import { readSetAsideDrafts as readSetAside, setAsideDraft as setAside, type SetAsideList, type SetAsideOutcome, type SetAsideReason } from './set-aside-drafts';
import type { ExerciseAttemptInput, ProgressState, QuizAttemptInput } from './schema';

export type { ExerciseAttemptInput, ProgressState, QuizAttemptInput, ReviewItem, QuizReviewItem, ScenarioReviewItem, ExerciseRecord, QuizAttempt } from './schema';
export type { Draft } from './drafts';
export { emptyProgress } from './schema';
export type { SetAsideDraft, SetAsideList, SetAsideOutcome, SetAsideReason } from './set-aside-drafts';
export { MAX_SET_ASIDE_CHARS, SET_ASIDE_REASON_LABELS, summariseDraft } from './set-aside-drafts';

let store: ProgressStore | null = null;

function defaultStore(): ProgressStore {
  if (store) return store;
  const local = browserStorage();
  const inBrowser = typeof window !== 'undefined';
  store = createProgressStore({
    storage: local ?? createMemoryStorage(),
    storageUnavailable: inBrowser && !local,
    listenExternal: inBrowser
      ? (onChange) => {
          const handler = (event: StorageEvent) => {
            if (event.storageArea === null || event.storageArea === local) onChange(event.key);
          };
          window.addEventListener('storage', handler);
          return () => window.removeEventListener('storage', handler);
        }
      : undefined,
  });
  return store;
}

export function markLessonRead(slug: string): void {
  defaultStore().markLessonRead(slug);
}

/** Keeps the best result, the last passing code, and turns failed hidden scenarios into review items. */
export function recordExerciseAttempt(a: ExerciseAttemptInput): void {
  defaultStore().recordExerciseAttempt(a);
}

/**
 * Missed questions become review items. Answering an item right in review
 * moves it to a longer wait (1, 3, 7, 21, 60 days); right at the last step
 * clears it; wrong starts it over.
 */
export function recordQuizAttempt(a: QuizAttemptInput): void {
  defaultStore().recordQuizAttempt(a);
}

/** Cheap: writes only this exercise's draft key. Call it debounced while the learner types. */
export function saveDraft(exerciseId: string, code: string): void {
  defaultStore().saveDraft(exerciseId, code);
}

export function loadDraft(exerciseId: string): string | null {
  return defaultStore().loadDraft(exerciseId);
}

/** Validated and migrated. The same object until something changes (safe for useSyncExternalStore). */
export function getProgress(): ProgressState {
  return defaultStore().getProgress();
}

/** Also fires when another tab changes the progress. Returns an unsubscribe function. */
export function subscribe(listener: (s: ProgressState) => void): () => void {
  return defaultStore().subscribe(listener as ProgressListener);
}

/** A plain-words message when saved progress was damaged, backed up and replaced; otherwise null. */
export function getLoadIssue(): string | null {
  return defaultStore().getLoadIssue();
}

/** Review page: the learner answered a due item. */
export function answerReviewItem(itemId: string, correct: boolean): void {
  defaultStore().answerReviewItem(itemId, correct);
}

/** Every saved draft, by exercise id (export, "continue where you left off"). */
export function loadDrafts(): Record<string, Draft> {
  return defaultStore().loadDrafts();
}

/** Applies an import the learner has confirmed (see ./transfer for validation and the diff). */
export function importProgress(state: ProgressState, drafts: Record<string, Draft>): void {
  defaultStore().importProgress(state, drafts);
}

/** The drafts Reset, a restore or a shared link replaced on this exercise, newest first; a damaged list is repaired and explained. */
export function readSetAsideDrafts(exerciseId: string): SetAsideList {
  const local = browserStorage();
  return local ? readSetAside(local, exerciseId) : { drafts: [], problem: null };
}

/** Call before replacing the learner's draft: keeps it for after a reload (see ./set-aside-drafts). */
export function setAsideDraft(exerciseId: string, code: string, reason: SetAsideReason): SetAsideOutcome {
  const local = browserStorage();
  return local ? setAside(local, exerciseId, code, reason, Date.now()) : { kind: 'storage-blocked' };
}
