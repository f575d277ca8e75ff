'use client';
/**
 * "Finish now?" before the interview ends early: what is still unanswered,
 * and that answers cannot change afterwards. The focus goes to the confirm
 * button; Escape or "Keep going" returns to the interview.
 */
import { useEffect, useRef } from 'react';
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from './styles';

export function FinishConfirm({ unanswered, onConfirm, onCancel }: { unanswered: number; onConfirm: () => void; onCancel: () => void }) {
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  return (
    <div
      role="group"
      aria-labelledby="finish-confirm-heading"
      data-testid="finish-confirm"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
      className="mt-4 rounded-md border-l-4 border-amber-600 bg-amber-50 px-4 py-3 text-zinc-900 dark:bg-amber-950/40 dark:text-zinc-100"
    >
      <h3 id="finish-confirm-heading" className="font-semibold">
        Finish the interview now?
      </h3>
      <p className="mt-1 text-sm">
        {unanswered > 0
          ? `${unanswered} question${unanswered === 1 ? ' is' : 's are'} still unanswered and will score 0. `
          : 'Every question has an answer. '}
        You cannot change your answers afterwards.
      </p>
      <p className="mt-3 flex flex-wrap gap-3">
        <button ref={confirm} type="button" className={PRIMARY_BUTTON} onClick={onConfirm}>
          Finish and see my report
        </button>
        <button type="button" className={SECONDARY_BUTTON} onClick={onCancel}>
          Keep going
        </button>
      </p>
    </div>
  );
}
