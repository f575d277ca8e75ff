'use client';
/**
 * The exercise workspace: editor, Run/Submit, results, hints and the
 * reference solution. Grading runs in a Web Worker (use-grader.ts); drafts
 * and attempts go to the progress store (lib/progress).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { GradeOutcome } from '@/lib/grader/orchestrate';
import type { GradeMode } from '@/lib/grader/protocol';
import type { ExerciseId } from '@/lib/grader/types';
import { recordExerciseAttempt } from '@/lib/progress';
import { CodeActions, type UndoState } from './code-actions';
import { CodeEditor } from './code-editor';
import { EarlierDrafts } from './earlier-drafts';
import type { TypeProblem } from './editor-types';
import { HintsPanel } from './hints-panel';
import { ResultsPanel } from './results-panel';
import { isApplePlatform, shortcutFor } from './shortcuts';
import { ShareLink } from './share-link';
import { SharedCodeOffer } from './shared-code-offer';
import { SolutionPanel } from './solution-panel';
import { announcement, freshSeed, passedCount } from './summary';
import { Toolbar } from './toolbar';
import { TryInLab } from './try-in-lab';
import { isLabExerciseId } from '@/lib/lab/lab-exercises';
import { TypeProblems } from './type-problems';
import { useDraft } from './use-draft';
import { useEditorKind } from './use-editor-kind';
import { useExerciseRecord } from './use-exercise-record';
import { useGrader, type RunInfo } from './use-grader';
import { useSetAsideDrafts } from './use-set-aside-drafts';
import { useSharedCode } from './use-shared-code';
import type { SetAsideReason } from '@/lib/progress';

export interface WorkspaceProps {
  exercise: ExerciseId;
  starter: string;
  solution: string;
  hints: string[];
}

export function Workspace({ exercise, starter, solution, hints }: WorkspaceProps) {
  const { code, setCode, restored, loaded, flush } = useDraft(exercise, starter);
  const [editorKind, setEditorKind] = useEditorKind();
  const [typeProblems, setTypeProblems] = useState<TypeProblem[] | null>(null);
  const [undo, setUndo] = useState<UndoState | null>(null);
  const [announce, setAnnounce] = useState('');
  const [apple, setApple] = useState(false);
  const record = useExerciseRecord(exercise);
  const shared = useSharedCode(loaded);
  const earlier = useSetAsideDrafts(exercise);
  const focusEditor = useRef<((line?: number, column?: number) => void) | null>(null);

  useEffect(() => setApple(isApplePlatform(navigator.platform || navigator.userAgent)), []);

  const onDone = useCallback(
    (run: RunInfo, outcome: GradeOutcome, ranCode: string) => {
      setAnnounce(announcement(outcome, run.mode));
      if (outcome.kind !== 'graded') return;
      const { scenarios } = outcome.report;
      recordExerciseAttempt({
        exerciseId: exercise,
        mode: run.mode,
        seed: run.seed,
        passed: outcome.report.passed,
        passedCount: passedCount(scenarios),
        total: scenarios.length,
        code: ranCode,
        failedScenarios: scenarios
          .filter((s) => s.status !== 'passed')
          .map((s) => ({ id: s.id, title: s.title, hidden: s.hidden, message: s.message })),
      });
    },
    [exercise],
  );
  const grader = useGrader(exercise, onDone);

  const latest = useRef({ code, typeProblems, grader });
  latest.current = { code, typeProblems, grader };

  const start = useCallback((mode: GradeMode, seed = freshSeed()) => {
    const { code: current, typeProblems: problems, grader: g } = latest.current;
    if (g.running) return;
    setAnnounce(mode === 'run' ? 'Running the sample scenarios…' : 'Submitting to the full suite…');
    void g.start(mode, current, seed, problems ? problems.length : null);
  }, []);
  const run = useCallback(() => start('run'), [start]);
  const submit = useCallback(() => start('submit'), [start]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = shortcutFor(event);
      if (!action) return;
      event.preventDefault();
      start(action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [start]);

  /** Every replacement of the learner's code goes through here: set aside for after a reload, and one Undo away now. */
  const replace = (next: string, note: string, reason: SetAsideReason) => {
    // The starter or an empty editor holds nothing of the learner's to keep.
    const worthKeeping = code !== next && code !== starter && code.trim() !== '';
    const kept = worthKeeping ? earlier.setAside(code, reason) : '';
    setUndo({ previous: code, note: kept ? `${note} ${kept}` : note });
    setCode(next);
    focusEditor.current?.();
  };

  const solved = Boolean(record?.solvedAt) || (grader.state.phase === 'done' && grader.state.outcome.kind === 'graded' && grader.state.outcome.report.passed && grader.state.run.mode === 'submit');
  const passing = record?.passingCode?.code;

  return (
    <div className="space-y-6">
      <section aria-labelledby="code-heading" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="code-heading" className="text-lg font-semibold">
            Your code
          </h2>
          <p className="text-xs text-zinc-600 dark:text-zinc-400" aria-live="polite">
            {restored === 'draft' ? 'Your saved draft is back. Drafts save as you type.' : loaded ? 'Drafts save as you type.' : ''}
          </p>
        </div>
        <SharedCodeOffer
          offer={shared.offer}
          problem={shared.problem}
          onAccept={() => {
            if (shared.offer !== null) replace(shared.offer, 'The shared code is in the editor; your draft is kept.', 'shared-code');
            shared.settle();
          }}
          onDecline={() => {
            shared.settle();
            focusEditor.current?.();
          }}
        />
        <Toolbar
          running={grader.running}
          apple={apple}
          onRun={run}
          onSubmit={submit}
          onStop={grader.stop}
          editorKind={editorKind}
          onEditorKind={setEditorKind}
        />
        {isLabExerciseId(exercise) && <TryInLab exercise={exercise} code={code} flush={flush} />}
        <div className="h-[28rem] overflow-hidden rounded-md border border-zinc-300 dark:border-zinc-700" data-testid="editor-box">
          {loaded && editorKind && (
            <CodeEditor
              kind={editorKind}
              exercise={exercise}
              value={code}
              onChange={setCode}
              onTypeProblems={setTypeProblems}
              onRun={run}
              onSubmit={submit}
              focusRef={focusEditor}
              labelledBy="code-heading"
              describedBy="editor-help"
            />
          )}
        </div>
        <p id="editor-help" className="text-xs text-zinc-600 dark:text-zinc-400">
          {editorKind === 'monaco'
            ? `In the editor, Tab indents. To move focus out with Tab, press ${apple ? 'Ctrl+Shift+M' : 'Ctrl+M'} first (press it again to turn it off).`
            : 'Plain text editor: Tab moves focus. Type checking needs the full editor.'}{' '}
          console.log output goes to your browser’s developer tools.
        </p>
        <TypeProblems problems={typeProblems} onGoTo={(line, column) => focusEditor.current?.(line, column)} />
        <CodeActions
          canRestorePassing={Boolean(passing) && passing !== code}
          onReset={() => replace(starter, 'Your code was replaced by the starter.', 'reset')}
          onRestorePassing={() => passing && replace(passing, 'Your last passing version is back.', 'restore-passing')}
          undo={undo}
          onUndo={() => {
            if (!undo) return;
            setCode(undo.previous);
            setUndo(null);
            focusEditor.current?.();
          }}
        />
        <EarlierDrafts drafts={earlier.drafts} problem={earlier.problem} onRestore={(draft) => replace(draft.code, 'An earlier draft is back.', 'earlier-draft')} />
        <ShareLink code={code} />
      </section>

      <section aria-labelledby="results-heading" className="space-y-2">
        <h2 id="results-heading" className="text-lg font-semibold">
          Results
        </h2>
        <div role="status" aria-live="polite" aria-atomic="true" className="sr-only" data-testid="announcer">
          {announce}
        </div>
        <ResultsPanel state={grader.state} onReplay={(mode, seed) => start(mode, seed)} onGoToLine={(l, c) => focusEditor.current?.(l, c)} />
      </section>

      <HintsPanel hints={hints} />
      <SolutionPanel solution={solution} solved={solved} />
    </div>
  );
}
