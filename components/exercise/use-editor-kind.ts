'use client';
import { useCallback, useEffect, useState } from 'react';
import type { EditorKind } from './code-editor';

const STORAGE_KEY = 'sticky-course:editor-kind';

/** Monaco is hard to use with a finger and on a narrow screen: start with the textarea there. */
function defaultKind(): EditorKind {
  const coarse = window.matchMedia?.('(pointer: coarse)').matches ?? false;
  const narrow = window.matchMedia?.('(max-width: 639px)').matches ?? false;
  return coarse || narrow ? 'textarea' : 'monaco';
}

/**
 * The learner's choice of editor, remembered across exercises. null until
 * mounted, so the server renders no editor and Monaco never loads on a
 * device that will not use it.
 */
export function useEditorKind(): [EditorKind | null, (kind: EditorKind) => void] {
  const [kind, setKind] = useState<EditorKind | null>(null);
  useEffect(() => {
    let stored: string | null = null;
    try {
      stored = window.localStorage.getItem(STORAGE_KEY);
    } catch {
      // Storage can be blocked; the default is fine.
    }
    setKind(stored === 'monaco' || stored === 'textarea' ? stored : defaultKind());
  }, []);
  const choose = useCallback((next: EditorKind) => {
    setKind(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered, but the switch still happens.
    }
  }, []);
  return [kind, choose];
}
