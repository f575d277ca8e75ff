/**
 * Monaco from our own bundle, never a CDN: @monaco-editor/react is pointed at
 * the npm package, and Monaco's own workers are started from files of this
 * folder. Imported only by the lazily loaded editor, so pages without an
 * editor never download Monaco.
 */
import * as monaco from 'monaco-editor';
import { loader } from '@monaco-editor/react';
import { ambientFor } from '@/lib/grader/ambient';
import type { ExerciseId } from '@/lib/grader/types';

type MonacoEnvironmentScope = { MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker } };

(self as unknown as MonacoEnvironmentScope).MonacoEnvironment = {
  getWorker(_workerId, label) {
    if (label === 'typescript' || label === 'javascript') {
      return new Worker(new URL('./ts.worker.ts', import.meta.url), { type: 'module', name: 'monaco-typescript' });
    }
    return new Worker(new URL('./editor.worker.ts', import.meta.url), { type: 'module', name: 'monaco-editor' });
  },
};

loader.config({ monaco });

/** vs-dark with comments at readable contrast (its #608b4e is 4.2:1 on the background; this is 5:1). */
export const DARK_THEME = 'course-dark';
monaco.editor.defineTheme(DARK_THEME, {
  base: 'vs-dark',
  inherit: true,
  rules: [{ token: 'comment', foreground: '6A9955' }],
  colors: {},
});

const ts = monaco.typescript;

ts.typescriptDefaults.setCompilerOptions({
  target: ts.ScriptTarget.ES2020,
  module: ts.ModuleKind.ESNext,
  // The learner's code runs in a worker with no DOM: keep DOM types out so
  // `Request`, `document` and friends are not offered or accepted.
  lib: ['es2022'],
  strict: true,
  noEmit: true,
  allowNonTsExtensions: true,
  noUnusedLocals: false,
});
ts.typescriptDefaults.setDiagnosticsOptions({ noSemanticValidation: false, noSyntaxValidation: false });
// Diagnostics for the open model only, as soon as it changes.
ts.typescriptDefaults.setEagerModelSync(true);

/**
 * console and crypto exist in the grading worker (console output goes to the
 * browser's developer tools; crypto makes unguessable session tokens) but are
 * not part of the ES libraries: declare just them, no other DOM types.
 */
const WORKER_GLOBAL_TYPES = `interface Console {
  log(...data: unknown[]): void;
  info(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
  debug(...data: unknown[]): void;
  table(data: unknown): void;
}
declare var console: Console;
interface Crypto {
  getRandomValues<T extends ArrayBufferView | null>(array: T): T;
  randomUUID(): \`\${string}-\${string}-\${string}-\${string}-\${string}\`;
}
declare var crypto: Crypto;
`;

/** Gives the TypeScript service this exercise's ambient types (and only them). */
export function setExerciseTypes(exercise: ExerciseId): void {
  ts.typescriptDefaults.setExtraLibs([
    { content: ambientFor(exercise), filePath: `file:///ambient/${exercise}.d.ts` },
    { content: WORKER_GLOBAL_TYPES, filePath: 'file:///ambient/worker-globals.d.ts' },
  ]);
}

export { monaco };

/**
 * Marks `editor-diagnostics` once the TypeScript worker has answered for this
 * model, with the exercise's types loaded: the moment type errors can show.
 * scripts/measure-pages.mjs times it against a bare Monaco page; the request
 * is one the editor makes anyway, so it costs the learner nothing visible.
 */
export function markDiagnosticsReady(model: monaco.editor.ITextModel): void {
  void ts
    .getTypeScriptWorker()
    .then((getWorker) => getWorker(model.uri))
    .then((worker) => worker.getSemanticDiagnostics(model.uri.toString()))
    .then(() => performance.mark('editor-diagnostics'))
    .catch(() => {
      // A disposed model (the learner left the page) has nothing to mark.
    });
}
