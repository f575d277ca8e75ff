/**
 * Does this browser hold anything of the course? Answers from the storage
 * keys alone, without loading the progress store and its schema, so that a
 * first visit never downloads the code of widgets that would show nothing.
 */
import { DRAFT_PREFIX, PROGRESS_KEY, STORAGE_PREFIX } from '@/lib/storage/keys';

export function hasSavedProgress(): boolean {
  try {
    const storage = window.localStorage;
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      // PROGRESS_KEY is also the prefix of its backups, which count as saved progress.
      if (key?.startsWith(DRAFT_PREFIX) || key?.startsWith(PROGRESS_KEY)) return true;
    }
    return false;
  } catch {
    // Storage is blocked: the progress widgets are the ones that say so.
    return true;
  }
}

/**
 * Calls `onSaved` once, now or when another tab first saves something, and
 * returns a function that stops listening.
 */
export function whenProgressSaved(onSaved: () => void): () => void {
  if (hasSavedProgress()) {
    onSaved();
    return () => {};
  }
  const onStorage = (event: StorageEvent) => {
    if (event.key !== null && !event.key.startsWith(STORAGE_PREFIX)) return;
    window.removeEventListener('storage', onStorage);
    onSaved();
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
