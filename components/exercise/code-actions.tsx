'use client';
/**
 * Replacing the learner's code, always undoable: reset to the starter (asked
 * first) and restoring the last version that passed the full suite. The
 * workspace also sets the replaced draft aside (earlier-drafts.tsx).
 */
import { useEffect, useRef, useState } from 'react';

const SECONDARY =
  'rounded-md border border-zinc-300 px-3 py-1.5 text-sm hover:bg-zinc-100 disabled:cursor-not-allowed disabled:opacity-60 dark:border-zinc-700 dark:hover:bg-zinc-800';

export interface UndoState {
  previous: string;
  note: string;
}

export function CodeActions({
  canRestorePassing,
  onReset,
  onRestorePassing,
  undo,
  onUndo,
}: {
  canRestorePassing: boolean;
  onReset: () => void;
  onRestorePassing: () => void;
  undo: UndoState | null;
  onUndo: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  const close = () => {
    setConfirming(false);
    resetRef.current?.focus();
  };

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <button ref={resetRef} type="button" className={SECONDARY} onClick={() => setConfirming(true)} aria-expanded={confirming}>
          Reset to starter…
        </button>
        <button type="button" className={SECONDARY} onClick={onRestorePassing} disabled={!canRestorePassing}>
          Restore last passing version
        </button>
      </div>
      {confirming && (
        <div
          role="alertdialog"
          aria-labelledby="reset-confirm-text"
          className="rounded-md border border-amber-500 bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100"
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          <p id="reset-confirm-text">Replace your code with the starter? You can undo this right after, and your code is kept under Earlier drafts.</p>
          <div className="mt-2 flex gap-2">
            <button ref={cancelRef} type="button" className={SECONDARY} onClick={close}>
              Cancel
            </button>
            <button
              type="button"
              className="rounded-md bg-amber-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-amber-800"
              onClick={() => {
                setConfirming(false);
                onReset();
              }}
            >
              Reset my code
            </button>
          </div>
        </div>
      )}
      {undo && (
        <p className="text-sm" role="status">
          {undo.note}{' '}
          <button type="button" className="font-medium text-blue-800 underline dark:text-blue-300" onClick={onUndo}>
            Undo
          </button>
        </p>
      )}
    </div>
  );
}
