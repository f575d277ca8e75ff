'use client';
/**
 * "Copy link to this run": the lab's state (lib/lab/url-state.ts) as an
 * address that replays the run to the same moment. The address bar is
 * updated too, so the link also survives a reload; if the clipboard is not
 * available the link is shown to copy by hand. When "Your code" runs, its
 * code goes in the link's fragment (lib/lab/run-link.ts), so the recipient
 * runs the sender's code rather than their own draft.
 */
import { useState } from 'react';
import { formatRunLink } from '@/lib/lab/run-link';
import type { LabUrlState } from '@/lib/lab/url-state';

export function CopyRunLink({ state, code, onLinkState }: { state: LabUrlState; code: string | null; onLinkState: (search: string, hash: string) => void }) {
  const [note, setNote] = useState('');
  const [manual, setManual] = useState<string | null>(null);
  const copy = async () => {
    const { search, hash, codeTooLong } = formatRunLink(state, code);
    onLinkState(search, hash);
    const link = `${window.location.origin}${window.location.pathname}${search}${hash}`;
    const what = hash ? ' with this code' : codeTooLong ? ' (the code is too long for a link, so it runs the recipient’s own draft)' : '';
    try {
      await navigator.clipboard.writeText(link);
      setManual(null);
      setNote(`Link copied: it replays this run${what} to ${Math.floor(state.t / 1000)} simulated seconds.`);
    } catch {
      setManual(link);
      setNote('Copy the link below.');
    }
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" className="rounded border border-zinc-400 px-3 py-1.5 font-medium hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800" onClick={copy}>
        Copy link to this run
      </button>
      <p className="text-xs text-zinc-600 dark:text-zinc-400" role="status">
        {note}
      </p>
      {manual && (
        <label className="flex w-full flex-col gap-1 text-xs">
          <span>Link to this run</span>
          <input readOnly value={manual} className="w-full rounded border border-zinc-400 px-2 py-1 font-mono" onFocus={(e) => e.target.select()} data-testid="lab-run-link" />
        </label>
      )}
    </div>
  );
}
