'use client';
/**
 * Keyboard-first answering: number keys 1-9 pick (or toggle) an option and
 * Enter confirms, except while the learner types in a text field or presses
 * a button or link (Enter then does what that control does).
 *
 * On a quiz's own page the keys work wherever the focus is. A quiz embedded
 * in a lesson passes `scope`, so number keys only act while the focus is
 * inside the quiz and never hijack the rest of the lesson.
 */
import { useEffect, useRef, type RefObject } from 'react';

export interface QuizKeyHandlers {
  onNumber?: (n: number) => void;
  onEnter?: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['radio', 'checkbox', 'button', 'submit'].includes(target.type);
}

export function useQuizKeys(handlers: QuizKeyHandlers, enabled = true, scope?: RefObject<HTMLElement | null>) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    if (!enabled) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if (scope && !(event.target instanceof Node && scope.current?.contains(event.target))) return;
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
  }, [enabled, scope]);
}
