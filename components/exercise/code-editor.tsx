'use client';
/**
 * Chooses the editor: Monaco (loaded only here, on demand, never during
 * server rendering) or the plain textarea.
 */
import dynamic from 'next/dynamic';
import type { CodeEditorProps } from './editor-types';
import { TextareaCodeEditor } from './textarea-code-editor';
import { preferredEditorKind, type EditorKind } from './use-editor-kind';

export type { EditorKind };

const loadMonaco = () => import('./monaco-code-editor');

const MonacoCodeEditor = dynamic(loadMonaco, {
  ssr: false,
  loading: () => <p className="p-4 text-sm text-zinc-600 dark:text-zinc-400">Loading the editor…</p>,
});

// Start downloading Monaco while the page hydrates, rather than after, when
// this device is going to show it (the same module is then reused).
if (typeof window !== 'undefined' && preferredEditorKind() === 'monaco') void loadMonaco();

export function CodeEditor({ kind, ...props }: CodeEditorProps & { kind: EditorKind }) {
  return kind === 'monaco' ? <MonacoCodeEditor {...props} /> : <TextareaCodeEditor {...props} />;
}
