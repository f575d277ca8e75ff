'use client';
/**
 * The plain editor: a textarea, for touch screens (where Monaco is hard to
 * use) or for anyone who prefers it. Tab moves focus as everywhere else on
 * the page; Run and Submit and their shortcuts work the same.
 */
import { useEffect, useRef } from 'react';
import type { CodeEditorProps } from './editor-types';

export function TextareaCodeEditor({ value, onChange, onTypeProblems, focusRef, labelledBy, describedBy }: CodeEditorProps) {
  const ref = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    // This editor cannot check types: say so rather than claim there are none.
    onTypeProblems(null);
    document.documentElement.dataset.editorReady = 'textarea';
  }, [onTypeProblems]);

  useEffect(() => {
    if (!focusRef) return;
    focusRef.current = (line) => {
      const area = ref.current;
      if (!area) return;
      area.focus();
      if (line) {
        const lines = area.value.split('\n');
        const offset = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
        area.setSelectionRange(offset, offset);
      }
    };
    return () => {
      focusRef.current = null;
    };
  }, [focusRef]);

  return (
    <textarea
      ref={ref}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      spellCheck={false}
      autoCapitalize="off"
      autoCorrect="off"
      autoComplete="off"
      wrap="off"
      className="block h-full w-full resize-none bg-white p-3 font-mono text-sm leading-6 text-zinc-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-blue-600 dark:bg-zinc-950 dark:text-zinc-100"
    />
  );
}
