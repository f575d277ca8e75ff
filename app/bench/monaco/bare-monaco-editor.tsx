'use client';
import Editor from '@monaco-editor/react';
import { useEffect } from 'react';
import { markDiagnosticsReady, setExerciseTypes } from '@/components/exercise/monaco-setup';
import type { ExerciseId } from '@/lib/grader/types';

/** Monaco with the exercise's types and the course's options, marking the same moments as the real editor. */
export default function BareMonacoEditor({ exercise, starter }: { exercise: ExerciseId; starter: string }) {
  useEffect(() => setExerciseTypes(exercise), [exercise]);
  return (
    <Editor
      height="100%"
      language="typescript"
      path={`file:///exercises/${exercise}.ts`}
      defaultValue={starter}
      options={{ minimap: { enabled: false }, automaticLayout: true, wordWrap: 'on' }}
      onMount={(editor) => {
        performance.mark('editor-ready');
        const model = editor.getModel();
        if (model) markDiagnosticsReady(model);
      }}
    />
  );
}
