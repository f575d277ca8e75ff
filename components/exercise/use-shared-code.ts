'use client';
/**
 * A shared-code link opened on this page (`#code=...`, lib/share/code-link.ts):
 * read once the draft is loaded (so the offer never races the restore) and
 * whenever the fragment changes while the page is open. Nothing is loaded
 * here: the workspace asks the learner first. Settling the offer, either way,
 * takes the code out of the address bar so a reload does not ask again.
 */
import { useCallback, useEffect, useState } from 'react';
import { decodeCodeFragment, MAX_SHARED_CODE_CHARS, withoutCodeParam } from '@/lib/share/code-link';

export interface SharedCodeState {
  /** Code waiting for the learner's yes or no. */
  offer: string | null;
  /** Why a link's code could not be read, if it could not. */
  problem: string | null;
  settle: () => void;
}

function clearFragment() {
  const { pathname, search, hash } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}${withoutCodeParam(hash)}`);
}

export function useSharedCode(ready: boolean): SharedCodeState {
  const [offer, setOffer] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!ready) return;
    const read = () => {
      const result = decodeCodeFragment(window.location.hash);
      if (result.kind === 'none') return;
      if (result.kind === 'code') {
        setProblem(null);
        setOffer(result.code);
        return;
      }
      setOffer(null);
      setProblem(
        result.reason === 'too-long'
          ? `This link carries more code than a link may (${MAX_SHARED_CODE_CHARS.toLocaleString('en')} characters), so nothing was loaded. Your draft is unchanged.`
          : 'This link’s code is damaged (perhaps cut short when it was copied), so nothing was loaded. Your draft is unchanged.',
      );
      clearFragment();
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, [ready]);

  const settle = useCallback(() => {
    setOffer(null);
    clearFragment();
  }, []);

  return { offer, problem, settle };
}
