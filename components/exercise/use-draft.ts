'use client';
/**
 * The learner's draft: restored from the progress store on mount, saved a
 * moment after typing stops, and saved at once when the page is hidden or
 * left (pagehide also fires on mobile, where unload often does not).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { loadDraft, saveDraft } from '@/lib/progress';

const SAVE_DELAY_MS = 400;

export function useDraft(exerciseId: string, starter: string) {
  const [code, setCodeState] = useState(starter);
  const [restored, setRestored] = useState<'draft' | 'starter' | null>(null);
  const pending = useRef<string | null>(null);
  const timer = useRef<number | null>(null);

  const flush = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    if (pending.current === null) return;
    const text = pending.current;
    pending.current = null;
    saveDraft(exerciseId, text);
  }, [exerciseId]);

  useEffect(() => {
    const draft = loadDraft(exerciseId);
    setCodeState(draft ?? starter);
    setRestored(draft !== null && draft !== starter ? 'draft' : 'starter');
    const onHide = () => flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      // Leaving for another page inside the site: save what is pending.
      flush();
    };
  }, [exerciseId, starter, flush]);

  const setCode = useCallback(
    (next: string) => {
      setCodeState(next);
      pending.current = next;
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, SAVE_DELAY_MS);
    },
    [flush],
  );

  return { code, setCode, restored, loaded: restored !== null, flush };
}
