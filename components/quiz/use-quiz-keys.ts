'use client';
/**
 * Keyboard-first answering: number keys 1-9 pick (or toggle) an option and
 * Enter confirms, wherever the focus is on the page, except while the
 * learner types in a text field or presses a button or link (Enter then does
 * what that control does).
 */
import { useEffect, useRef } from 'react';

export interface QuizKeyHandlers {
  onNumber?: (n: number) => void;
  onEnter?: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['radio', 'checkbox', 'button', 'submit'].includes(target.type);
}

export function useQuizKeys(handlers: QuizKeyHandlers, enabled = true) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    if (!enabled) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if (/^[1-9]$/.test(event.key) && latest.current.onNumber) {
        event.preventDefault();
        latest.current.onNumber(Number(event.key));
        return;
      }
      if (event.key === 'Enter' && latest.current.onEnter) {
        const target = event.target as HTMLElement | null;
        if (target?.closest('button, a, summary')) return;
        event.preventDefault();
        latest.current.onEnter();
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
