'use client';
/**
 * "Earlier drafts": the drafts that Reset, a restore or a shared link
 * replaced, kept across reloads (lib/progress/set-aside-drafts.ts). A native
 * disclosure, so it opens with Enter or Space and screen readers announce it
 * as expandable. Restoring sets the current draft aside first (the workspace
 * does that), so restoring never loses anything either.
 */
import { useId, useState } from 'react';
import { formatCount, formatDay, plural, relativeTime } from '@/lib/format';
import { SET_ASIDE_REASON_LABELS, summariseDraft, type SetAsideDraft } from '@/lib/progress';

export function EarlierDrafts({
  drafts,
  problem,
  onRestore,
}: {
  drafts: SetAsideDraft[] | null;
  problem: string | null;
  onRestore: (draft: SetAsideDraft) => void;
}) {
  // Relative times are read when the list opens, not ticking while it is shown.
  const [now, setNow] = useState(() => Date.now());
  return (
    <>
      {problem && (
        <p role="alert" className="rounded-md border border-amber-500 bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
          {problem}
        </p>
      )}
      {drafts && (
        <details className="rounded-md border border-zinc-300 px-3 py-2 text-sm dark:border-zinc-700" onToggle={() => setNow(Date.now())} data-testid="earlier-drafts">
          <summary className="cursor-pointer font-medium">Earlier drafts ({drafts.length})</summary>
          {drafts.length === 0 ? (
            <p className="mt-2 text-zinc-700 dark:text-zinc-300">
              None yet. When Reset, a restore or a shared link replaces your code, your draft is kept here, even after a reload.
            </p>
          ) : (
            <ol className="mt-1 divide-y divide-zinc-200 dark:divide-zinc-800">
              {drafts.map((draft, i) => (
                <EarlierDraft key={`${draft.at}-${i}`} draft={draft} now={now} onRestore={onRestore} />
              ))}
            </ol>
          )}
        </details>
      )}
    </>
  );
}

function EarlierDraft({ draft, now, onRestore }: { draft: SetAsideDraft; now: number; onRestore: (draft: SetAsideDraft) => void }) {
  const id = useId();
  const { firstLine, lines, chars } = summariseDraft(draft.code);
  const label = SET_ASIDE_REASON_LABELS[draft.reason];
  const when = relativeTime(draft.at, now);
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
      <div className="min-w-0 flex-1" id={id}>
        <p>
          <span className="font-medium">{label}</span>,{' '}
          <time dateTime={new Date(draft.at).toISOString()} title={`${formatDay(draft.at)} ${new Date(draft.at).toLocaleTimeString('en-GB')}`}>
            {when}
          </time>
        </p>
        <p className="truncate font-mono text-xs">{firstLine || '(empty)'}</p>
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          {plural(lines, 'line')}, {formatCount(chars)} {chars === 1 ? 'character' : 'characters'}
        </p>
      </div>
      <button
        type="button"
        onClick={() => onRestore(draft)}
        aria-describedby={id}
        className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
      >
        Restore<span className="sr-only"> the draft from {label.toLowerCase()}, {when}</span>
      </button>
    </li>
  );
}
