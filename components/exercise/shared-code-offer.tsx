'use client';
/**
 * The question a shared-code link asks before anything changes: load the
 * shared code (the current draft stays one Undo away and is set aside under
 * Earlier drafts) or keep the draft.
 * Focus starts on the safe answer; Escape keeps the draft.
 */
import { useEffect, useRef } from 'react';

const SECONDARY =
  'rounded-md border border-zinc-300 px-3 py-1.5 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800';

export function SharedCodeOffer({
  offer,
  problem,
  onAccept,
  onDecline,
}: {
  offer: string | null;
  problem: string | null;
  onAccept: () => void;
  onDecline: () => void;
}) {
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (offer !== null) keepRef.current?.focus();
  }, [offer]);

  if (offer === null) {
    return problem ? (
      <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100">
        {problem}
      </p>
    ) : null;
  }
  const lines = offer.split('\n').length;
  return (
    <div
      role="alertdialog"
      aria-labelledby="shared-code-title"
      aria-describedby="shared-code-text"
      className="rounded-md border border-blue-400 bg-blue-50 p-3 text-sm text-blue-950 dark:border-blue-700 dark:bg-blue-950/40 dark:text-blue-100"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDecline();
      }}
    >
      <p id="shared-code-title" className="font-semibold">
        Load the shared code?
      </p>
      <p id="shared-code-text" className="mt-1">
        This link carries code ({lines} {lines === 1 ? 'line' : 'lines'}). Loading it replaces what is in the editor; your
        current draft is kept under Earlier drafts, and Undo brings it back.
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button ref={keepRef} type="button" className={SECONDARY} onClick={onDecline}>
          Keep my draft
        </button>
        <button type="button" className="rounded-md bg-blue-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-blue-800" onClick={onAccept}>
          Load the shared code
        </button>
      </div>
    </div>
  );
}
