/**
 * The progress store: one instance per page (and two in the tests, sharing a
 * storage, to play two tabs). Every change re-reads what is stored, merges it
 * with what this tab knows, applies the change and writes the result, so a
 * tab never overwrites progress another tab saved in the meantime.
 */
import { decodeDraft, encodeDraft, readAllDrafts, type Draft } from './drafts';
import { BACKUP_PREFIX, backupKey, draftKey, PROGRESS_KEY } from '@/lib/storage/keys';
import { parseStoredProgress } from './load';
import { mergeProgress } from './merge';
import { applyExerciseAttempt, applyLessonRead, applyQuizAttempt, applyReviewAnswer } from './apply-event';
import { emptyProgress, type ExerciseAttemptInput, type ProgressState, type QuizAttemptInput } from './schema';
import { createMemoryStorage, storageKeys, type KeyValueStorage } from '@/lib/storage/web-storage';

/** Older backups beyond this are removed so that repeated damage cannot fill the browser's quota. */
export const BACKUPS_KEPT = 3;

export interface ProgressStoreOptions {
  storage: KeyValueStorage;
  now?: () => number;
  /** Subscribes to changes made by other tabs (the `storage` event); returns an unsubscribe. */
  listenExternal?: (onChange: (key: string | null) => void) => () => void;
  /** The browser refused storage before the store was made; `storage` is then a memory stand-in. */
  storageUnavailable?: boolean;
}

export type ProgressListener = (state: ProgressState) => void;

const STORAGE_BLOCKED =
  'This browser is not letting the course save anything (site storage is blocked or full), so your progress will only last while this tab stays open.';

export function createProgressStore(options: ProgressStoreOptions) {
  const now = options.now ?? Date.now;
  let storage = options.storage;
  let state: ProgressState | null = null;
  let loadIssue: string | null = options.storageUnavailable ? STORAGE_BLOCKED : null;
  const listeners = new Set<ProgressListener>();
  let stopExternal: (() => void) | null = null;

  /** Falls back to memory for the rest of the page's life: the course keeps working, and says so. */
  function storageFailed() {
    if (loadIssue === null) loadIssue = STORAGE_BLOCKED;
    const memory = createMemoryStorage();
    if (state) memory.setItem(PROGRESS_KEY, JSON.stringify(state));
    storage = memory;
  }

  function safeGet(key: string): string | null {
    try {
      return storage.getItem(key);
    } catch {
      storageFailed();
      return storage.getItem(key);
    }
  }

  function safeSet(key: string, value: string): boolean {
    try {
      storage.setItem(key, value);
      return true;
    } catch {
      storageFailed();
      storage.setItem(key, value);
      return false;
    }
  }

  function pruneBackups() {
    try {
      const backups = storageKeys(storage).filter((k) => k.startsWith(BACKUP_PREFIX)).sort();
      for (const key of backups.slice(0, Math.max(0, backups.length - BACKUPS_KEPT))) storage.removeItem(key);
    } catch {
      // Pruning is housekeeping; failing to prune must not stop the learner.
    }
  }

  /** Reads the stored state; damaged data is backed up under its own key and replaced. */
  function readStored(): ProgressState {
    const raw = safeGet(PROGRESS_KEY);
    const result = parseStoredProgress(raw, now());
    if (result.problem && raw !== null) {
      const key = backupKey(now());
      const kept = safeSet(key, raw);
      pruneBackups();
      loadIssue = kept
        ? `${result.problem} A copy of what was there is kept in this browser's storage under "${key}", in case you want to recover it by hand.`
        : result.problem;
    }
    if (result.rewrite) safeSet(PROGRESS_KEY, JSON.stringify(result.state));
    return result.state;
  }

  function ensureLoaded(): ProgressState {
    if (state === null) {
      state = readStored();
      if (options.listenExternal && !stopExternal) stopExternal = options.listenExternal(onExternalChange);
    }
    return state;
  }

  function notify() {
    const current = ensureLoaded();
    for (const listener of [...listeners]) listener(current);
  }

  function onExternalChange(key: string | null) {
    // key null means another tab cleared all storage.
    if (key !== null && key !== PROGRESS_KEY) return;
    state = mergeProgress(readStored(), ensureLoaded());
    notify();
  }

  /** Re-read, merge, change, write: the one way the stored state is modified. */
  function update(change: (fresh: ProgressState) => ProgressState) {
    const merged = mergeProgress(readStored(), ensureLoaded());
    const next = change(merged);
    safeSet(PROGRESS_KEY, JSON.stringify(next));
    state = next;
    notify();
  }

  return {
    getProgress: (): ProgressState => ensureLoaded(),
    getLoadIssue: (): string | null => {
      ensureLoaded();
      return loadIssue;
    },
    subscribe(listener: ProgressListener): () => void {
      ensureLoaded();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    markLessonRead(slug: string) {
      if (ensureLoaded().lessons[slug]) return;
      update((s) => applyLessonRead(s, slug, now()));
    },
    recordExerciseAttempt(attempt: ExerciseAttemptInput) {
      update((s) => applyExerciseAttempt(s, attempt, now()));
    },
    recordQuizAttempt(attempt: QuizAttemptInput) {
      update((s) => applyQuizAttempt(s, attempt));
    },
    answerReviewItem(itemId: string, correct: boolean) {
      update((s) => applyReviewAnswer(s, itemId, correct, now()));
    },
    /** Merges a validated import into the stored state and writes its drafts. */
    importProgress(incoming: ProgressState, drafts: Record<string, Draft>) {
      for (const [exerciseId, draft] of Object.entries(drafts)) safeSet(draftKey(exerciseId), encodeDraft(draft.code, draft.savedAt));
      update((s) => mergeProgress(s, incoming));
    },
    saveDraft(exerciseId: string, code: string) {
      safeSet(draftKey(exerciseId), encodeDraft(code, now()));
    },
    loadDraft(exerciseId: string): string | null {
      return decodeDraft(safeGet(draftKey(exerciseId)))?.code ?? null;
    },
    loadDrafts(): Record<string, Draft> {
      try {
        return readAllDrafts(storage);
      } catch {
        storageFailed();
        return readAllDrafts(storage);
      }
    },
    /** Stops listening to other tabs (tests; a page never needs to). */
    dispose() {
      stopExternal?.();
      stopExternal = null;
      listeners.clear();
    },
  };
}

export type ProgressStore = ReturnType<typeof createProgressStore>;

export { emptyProgress };
