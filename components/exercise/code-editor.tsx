'use client';
/**
 * Chooses the editor: Monaco (loaded only here, on demand, never during
 * server rendering) or the plain textarea.
 */
import dynamic from 'next/dynamic';
import type { CodeEditorProps } from './editor-types';
import { TextareaCodeEditor } from './textarea-code-editor';

export type EditorKind = 'monaco' | 'textarea';

const MonacoCodeEditor = dynamic(() => import('./monaco-code-editor'), {
  ssr: false,
  loading: () => <p className="p-4 text-sm text-zinc-600 dark:text-zinc-400">Loading the editor…</p>,
});

export function CodeEditor({ kind, ...props }: CodeEditorProps & { kind: EditorKind }) {
  return kind === 'monaco' ? <MonacoCodeEditor {...props} /> : <TextareaCodeEditor {...props} />;
}
