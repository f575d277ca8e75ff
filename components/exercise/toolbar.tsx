'use client';
/**
 * Run and Submit with their shortcuts on the buttons, Stop while grading, and
 * the choice of editor.
 */
import { ariaShortcut, shortcutLabel } from './shortcuts';
import type { EditorKind } from './code-editor';

const PRIMARY =
  'inline-flex items-center gap-2 rounded-md px-3 py-2 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 disabled:cursor-not-allowed disabled:opacity-60';

export function Toolbar({
  running,
  apple,
  onRun,
  onSubmit,
  onStop,
  editorKind,
  onEditorKind,
}: {
  running: boolean;
  apple: boolean;
  onRun: () => void;
  onSubmit: () => void;
  onStop: () => void;
  editorKind: EditorKind | null;
  onEditorKind: (kind: EditorKind) => void;
}) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={onRun}
        disabled={running}
        aria-keyshortcuts={ariaShortcut('run', apple)}
        className={`${PRIMARY} border border-zinc-400 bg-white text-zinc-900 hover:bg-zinc-100 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800`}
      >
        Run <kbd className="rounded border border-current/30 px-1 font-mono text-xs font-normal">{shortcutLabel('run', apple)}</kbd>
      </button>
      <button
        type="button"
        onClick={onSubmit}
        disabled={running}
        aria-keyshortcuts={ariaShortcut('submit', apple)}
        className={`${PRIMARY} bg-blue-700 text-white hover:bg-blue-800`}
      >
        Submit <kbd className="rounded border border-white/40 px-1 font-mono text-xs font-normal">{shortcutLabel('submit', apple)}</kbd>
      </button>
      {running && (
        <button type="button" onClick={onStop} className={`${PRIMARY} border border-red-700 text-red-800 hover:bg-red-50 dark:text-red-300 dark:hover:bg-red-950`}>
          Stop
        </button>
      )}
      {editorKind && (
        <label className="ml-auto inline-flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={editorKind === 'textarea'}
            onChange={(event) => onEditorKind(event.target.checked ? 'textarea' : 'monaco')}
            className="h-4 w-4"
          />
          Plain text editor
        </label>
      )}
    </div>
  );
}
