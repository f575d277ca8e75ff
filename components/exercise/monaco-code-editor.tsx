'use client';
/**
 * The Monaco editor, loaded on demand (next/dynamic, no SSR) by
 * code-editor.tsx. Monaco and its TypeScript service come from our bundle
 * (monaco-setup.ts). Ctrl/Cmd+Enter and Ctrl/Cmd+Shift+Enter are bound inside
 * the editor, where Monaco would otherwise take them.
 */
import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useRef } from 'react';
import { DARK_THEME, markDiagnosticsReady, monaco, setExerciseTypes } from './monaco-setup';
import type { CodeEditorProps } from './editor-types';
import { useDarkMode } from './use-dark-mode';

export default function MonacoCodeEditor(props: CodeEditorProps) {
  const { exercise, value, onChange, onTypeProblems, focusRef, labelledBy, describedBy } = props;
  const dark = useDarkMode();
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => setExerciseTypes(exercise), [exercise]);
  useEffect(() => () => onTypeProblems(null), [onTypeProblems]);

  const onMount: OnMount = (editor) => {
    const { KeyMod, KeyCode } = monaco;
    editor.addAction({
      id: 'exercise.run',
      label: 'Run the sample scenarios',
      keybindings: [KeyMod.CtrlCmd | KeyCode.Enter],
      run: () => latest.current.onRun(),
    });
    editor.addAction({
      id: 'exercise.submit',
      label: 'Submit to the full hidden suite',
      keybindings: [KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.Enter],
      run: () => latest.current.onSubmit(),
    });
    // Name the editor's textarea after the visible heading, for screen readers.
    const input = editor.getDomNode()?.querySelector('textarea');
    if (input) {
      input.setAttribute('aria-labelledby', labelledBy);
      if (describedBy) input.setAttribute('aria-describedby', describedBy);
    }
    if (focusRef) {
      focusRef.current = (line, column) => {
        if (line) {
          editor.setPosition({ lineNumber: line, column: column ?? 1 });
          editor.revealLineInCenter(line);
        }
        editor.focus();
      };
    }
    onTypeProblems([]);
    // For tests and scripts/measure-workspace.mjs: when the editor became usable.
    document.documentElement.dataset.editorReady = 'monaco';
    performance.mark('editor-ready');
    const model = editor.getModel();
    if (model) markDiagnosticsReady(model);
  };

  return (
    <Editor
      height="100%"
      language="typescript"
      path={`file:///exercises/${exercise}.ts`}
      value={value}
      theme={dark ? DARK_THEME : 'vs'}
      onChange={(next) => onChange(next ?? '')}
      onValidate={(markers) =>
        latest.current.onTypeProblems(
          markers
            .filter((m) => m.severity === monaco.MarkerSeverity.Error)
            .map((m) => ({ line: m.startLineNumber, column: m.startColumn, message: m.message })),
        )
      }
      onMount={onMount}
      loading={<p className="p-4 text-sm text-zinc-600 dark:text-zinc-400">Loading the editor…</p>}
      options={{
        minimap: { enabled: false },
        fontSize: 14,
        tabSize: 2,
        scrollBeyondLastLine: false,
        automaticLayout: true,
        fixedOverflowWidgets: true,
        accessibilitySupport: 'auto',
        ariaLabel: 'Your TypeScript code',
        renderLineHighlight: 'line',
        wordWrap: 'on',
        // The default dims the number past the last line below readable contrast.
        renderFinalNewline: 'on',
        // Monaco fades unused code to a grey that fails contrast; unused names are left undimmed.
        showUnused: false,
      }}
    />
  );
}
