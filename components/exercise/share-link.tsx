'use client';
/**
 * "Copy link": the current draft, compressed into the link's fragment
 * (lib/share/code-link.ts), onto the clipboard. When the browser refuses the
 * clipboard (permission, insecure origin, old browser), the link is shown in
 * a selected read-only field to copy by hand.
 */
import { useEffect, useRef, useState } from 'react';
import { encodeCodeFragment } from '@/lib/share/code-link';

const SECONDARY =
  'rounded-md border border-zinc-300 px-3 py-1.5 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800';

type ShareState = { kind: 'idle' } | { kind: 'copied'; url: string } | { kind: 'manual'; url: string } | { kind: 'too-long'; message: string };

export function ShareLink({ code }: { code: string }) {
  const [state, setState] = useState<ShareState>({ kind: 'idle' });
  const fieldRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state.kind !== 'manual') return;
    fieldRef.current?.focus();
    fieldRef.current?.select();
  }, [state]);

  const copy = async () => {
    const result = encodeCodeFragment(code);
    if (result.kind === 'too-long') {
      setState({
        kind: 'too-long',
        message: `Your code is too long to share by link (${result.chars.toLocaleString('en')} characters; the limit is ${result.limit.toLocaleString('en')}).`,
      });
      return;
    }
    const { origin, pathname, search } = window.location;
    const url = `${origin}${pathname}${search}#${result.fragment}`;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setState({ kind: 'copied', url });
    } catch {
      setState({ kind: 'manual', url });
    }
  };

  return (
    <div className="space-y-2">
      <button type="button" className={SECONDARY} onClick={() => void copy()}>
        Copy link to your code
      </button>
      <div role="status" className="text-sm">
        {state.kind === 'copied' && 'Link copied. Whoever opens it is asked before your code replaces theirs; the code rides after the # and never reaches a server.'}
        {state.kind === 'manual' && 'Your browser did not allow copying: the link is selected below, copy it with Ctrl+C (⌘C on a Mac).'}
        {state.kind === 'too-long' && state.message}
      </div>
      {state.kind === 'manual' && (
        <label className="block text-sm">
          <span className="font-medium">Link to your code</span>
          <input
            ref={fieldRef}
            readOnly
            value={state.url}
            onFocus={(event) => event.currentTarget.select()}
            className="mt-1 block w-full min-w-0 rounded-md border border-zinc-300 bg-white px-2 py-1 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-900"
          />
        </label>
      )}
    </div>
  );
}
