'use client';
/** Hints revealed one at a time, each building on the one before. */
import { useEffect, useRef, useState } from 'react';

export function HintsPanel({ hints }: { hints: readonly string[] }) {
  const [shown, setShown] = useState(0);
  const lastRef = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (shown > 0) lastRef.current?.focus();
  }, [shown]);
  return (
    <section aria-labelledby="hints-heading">
      <h2 id="hints-heading" className="text-base font-semibold">
        Hints <span className="font-normal text-zinc-600 dark:text-zinc-400">({shown} of {hints.length} shown)</span>
      </h2>
      {shown > 0 && (
        <ol className="mt-2 list-decimal space-y-2 pl-6 text-sm">
          {hints.slice(0, shown).map((hint, i) => (
            <li key={i} ref={i === shown - 1 ? lastRef : undefined} tabIndex={-1} className="focus:outline-none">
              {hint}
            </li>
          ))}
        </ol>
      )}
      {shown < hints.length ? (
        <button
          type="button"
          onClick={() => setShown((n) => n + 1)}
          className="mt-2 rounded-md border border-zinc-300 px-3 py-1.5 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
        >
          {shown === 0 ? 'Show the first hint' : `Show hint ${shown + 1} of ${hints.length}`}
        </button>
      ) : (
        <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">That was the last hint.</p>
      )}
    </section>
  );
}
