'use client';
/**
 * The exercise's set-aside drafts (lib/progress/set-aside-drafts.ts) for the
 * workspace: read once the page is in the browser, re-read when another tab
 * changes them, and `setAside` to call before the editor's code is replaced.
 * A damaged stored list is reported once in `problem` and stays reported for
 * this visit (the store is already repaired behind it).
 */
import { useCallback, useEffect, useState } from 'react';
import { formatCount } from '@/lib/format';
import { MAX_SET_ASIDE_CHARS, readSetAsideDrafts, setAsideDraft, type SetAsideDraft, type SetAsideOutcome, type SetAsideReason } from '@/lib/progress';
import { setAsideKey } from '@/lib/storage/keys';

const ONLY_UNDO = 'Undo brings it back while this page is open.';

/** The sentence added to the in-page Undo note: where the replaced draft went, or why it could not be kept. */
export function setAsideNote(outcome: SetAsideOutcome): string {
  switch (outcome.kind) {
    case 'kept':
      return 'The replaced draft is also under Earlier drafts, even after a reload.';
    case 'too-large':
      return `The replaced draft is too long to keep after a reload (${formatCount(outcome.chars)} characters; the limit is ${formatCount(MAX_SET_ASIDE_CHARS)}). ${ONLY_UNDO}`;
    case 'storage-full':
      return `This browser’s storage is full, so the replaced draft could not be kept for after a reload. ${ONLY_UNDO}`;
    case 'storage-blocked':
      return `This browser blocks saved data, so the replaced draft could not be kept for after a reload. ${ONLY_UNDO}`;
  }
}

export function useSetAsideDrafts(exerciseId: string) {
  const [drafts, setDrafts] = useState<SetAsideDraft[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const read = () => {
      const list = readSetAsideDrafts(exerciseId);
      setDrafts(list.drafts);
      if (list.problem) setProblem(list.problem);
    };
    read();
    const onStorage = (event: StorageEvent) => {
      // key null: another tab cleared all storage.
      if (event.key === null || event.key === setAsideKey(exerciseId)) read();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [exerciseId]);

  /** Sets `code` aside and returns the sentence for the Undo note. */
  const setAside = useCallback(
    (code: string, reason: SetAsideReason): string => {
      const outcome = setAsideDraft(exerciseId, code, reason);
      if (outcome.kind === 'kept') {
        setDrafts(outcome.drafts);
        if (outcome.problem) setProblem(outcome.problem);
      }
      return setAsideNote(outcome);
    },
    [exerciseId],
  );

  return { drafts, problem, setAside };
}
