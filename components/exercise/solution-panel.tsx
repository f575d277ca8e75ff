'use client';
/**
 * The reference solution: open once the learner has passed the full suite;
 * before that, only after they confirm they want to see it (it spoils the
 * exercise, and saying so is the point of asking).
 */
import { useState } from 'react';

export function SolutionPanel({ solution, solved }: { solution: string; solved: boolean }) {
  const [phase, setPhase] = useState<'closed' | 'confirm' | 'open'>('closed');
  const open = phase === 'open';
  return (
    <section aria-labelledby="solution-heading">
      <h2 id="solution-heading" className="text-base font-semibold">
        Reference solution
      </h2>
      {!open && phase === 'closed' && (
        <button
          type="button"
          onClick={() => setPhase(solved ? 'open' : 'confirm')}
          className="mt-2 rounded-md border border-zinc-300 px-3 py-1.5 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
        >
          {solved ? 'Show the reference solution' : 'Show the reference solution…'}
        </button>
      )}
      {phase === 'confirm' && (
        <div role="group" aria-labelledby="solution-confirm" className="mt-2 rounded-md border border-amber-500 p-3 text-sm">
          <p id="solution-confirm">
            You have not passed the full suite yet. Reading the solution now takes away the part where you work it out. Show it anyway?
          </p>
          <div className="mt-2 flex gap-2">
            <button type="button" autoFocus onClick={() => setPhase('closed')} className="rounded-md border border-zinc-300 px-3 py-1.5 dark:border-zinc-700">
              Keep trying
            </button>
            <button type="button" onClick={() => setPhase('open')} className="rounded-md bg-amber-700 px-3 py-1.5 text-white hover:bg-amber-800">
              Yes, show it
            </button>
          </div>
        </div>
      )}
      {open && (
        <>
          <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">One correct design among several; yours may differ and still pass.</p>
          <pre
            tabIndex={0}
            aria-label="Reference solution code"
            className="mt-2 max-h-96 overflow-auto rounded-md border border-zinc-200 bg-zinc-50 p-3 text-xs leading-5 dark:border-zinc-800 dark:bg-zinc-900"
          >
            <code>{solution}</code>
          </pre>
        </>
      )}
    </section>
  );
}
