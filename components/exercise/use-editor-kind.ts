'use client';
import { useCallback, useEffect, useState } from 'react';
import { EDITOR_KIND_KEY } from '@/lib/storage/keys';
import { browserStorage } from '@/lib/storage/web-storage';

export type EditorKind = 'monaco' | 'textarea';

/**
 * The learner's stored choice, or the default for this device: Monaco is hard
 * to use with a finger and on a narrow screen, so those start with the textarea.
 * Browser only.
 */
export function preferredEditorKind(): EditorKind {
  try {
    const stored = browserStorage()?.getItem(EDITOR_KIND_KEY);
    if (stored === 'monaco' || stored === 'textarea') return stored;
  } catch {
    // Storage can be blocked; the default is fine.
  }
  const coarse = window.matchMedia?.('(pointer: coarse)').matches ?? false;
  const narrow = window.matchMedia?.('(max-width: 639px)').matches ?? false;
  return coarse || narrow ? 'textarea' : 'monaco';
}

/**
 * The choice of editor, remembered across exercises. null until mounted, so
 * the server renders no editor and Monaco never loads on a device that will
 * not use it.
 */
export function useEditorKind(): [EditorKind | null, (kind: EditorKind) => void] {
  const [kind, setKind] = useState<EditorKind | null>(null);
  useEffect(() => setKind(preferredEditorKind()), []);
  const choose = useCallback((next: EditorKind) => {
    setKind(next);
    try {
      browserStorage()?.setItem(EDITOR_KIND_KEY, next);
    } catch {
      // Not remembered, but the switch still happens.
    }
  }, []);
  return [kind, choose];
}
