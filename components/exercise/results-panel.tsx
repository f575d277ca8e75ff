'use client';
/**
 * What the learner sees after (and while) grading: progress, the summary,
 * every scenario, the seed with a replay button, and the load chart of the
 * scenario in focus. Announcements go through the workspace's live region.
 */
import { useState } from 'react';
import type { GradeMode } from '@/lib/grader/protocol';
import type { ScenarioResult } from '@/lib/grader/types';
import { LoadChart } from './load-chart';
import { ScenarioResultItem } from './scenario-result';
import { summaryLine } from './summary';
import type { GraderState } from './use-grader';

const MODE_NAME: Record<GradeMode, string> = { run: 'Run: sample scenarios', submit: 'Submit: full hidden suite' };

/** The scenario charted by default: the first that went wrong and has a chart, else the first with one. */
function defaultFocus(results: readonly ScenarioResult[]): string | null {
  const charted = results.filter((r) => r.series);
  return (charted.find((r) => r.status !== 'passed') ?? charted[0])?.id ?? null;
}

const COMPILE_ERROR_TITLE = {
  syntax: 'Your code does not compile',
  import: 'Imports are not allowed',
  export: 'Nothing to grade yet',
} as const;

export function ResultsPanel({
  state,
  onReplay,
  onGoToLine,
}: {
  state: GraderState;
  onReplay: (mode: GradeMode, seed: number) => void;
  onGoToLine: (line: number, column?: number) => void;
}) {
  const [focus, setFocus] = useState<{ run: unknown; id: string } | null>(null);
  if (state.phase === 'idle') {
    return (
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        Run checks your code on the sample scenarios. Submit grades it on the full suite, hidden scenarios included, with fresh random traffic each time.
      </p>
    );
  }

  const { run } = state;
  const results = state.phase === 'running' ? state.results : state.outcome.kind === 'graded' ? state.outcome.report.scenarios : [];
  const focusId = focus && focus.run === run ? focus.id : defaultFocus(results);
  const focused = results.find((r) => r.id === focusId && r.series);

  return (
    <div className="space-y-3" aria-busy={state.phase === 'running'}>
      <h3 className="text-sm font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">{MODE_NAME[run.mode]}</h3>
      {state.phase === 'running' && <RunningProgress state={state} />}
      {state.phase === 'done' && (
        <Outcome state={state} onReplay={onReplay} onGoToLine={onGoToLine} />
      )}
      {run.typeErrors !== null && run.typeErrors > 0 && (
        <p className="rounded border border-amber-500 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
          Your code had {run.typeErrors === 1 ? 'a type error' : `${run.typeErrors} type errors`} when this run started. It ran anyway,
          but a result may come from that mistake rather than from your design.
        </p>
      )}
      {results.length > 0 && (
        <ol className="space-y-2" aria-label="Scenario results">
          {results.map((r) => (
            <ScenarioResultItem
              key={r.id}
              result={r}
              charted={focused?.id === r.id}
              onChart={r.series ? () => setFocus({ run, id: r.id }) : null}
            />
          ))}
        </ol>
      )}
      {focused?.series && (
        <section aria-label="Load chart" className="rounded-md border border-zinc-200 p-3 dark:border-zinc-800">
          <h4 className="text-sm font-semibold">Load per server: {focused.title}</h4>
          <LoadChart series={focused.series} scenarioTitle={focused.title} />
        </section>
      )}
    </div>
  );
}

function RunningProgress({ state }: { state: Extract<GraderState, { phase: 'running' }> }) {
  const total = state.plan?.length ?? 0;
  const done = state.results.length;
  const current = state.plan?.find((s) => s.id === state.current);
  return (
    <div>
      <p className="text-sm">
        {total === 0
          ? 'Starting the grader…'
          : current
            ? `Running scenario ${Math.min(done + 1, total)} of ${total}: ${current.title}`
            : `${done} of ${total} scenarios done`}
      </p>
      <progress className="mt-1 h-2 w-full" max={Math.max(total, 1)} value={done} aria-label="Grading progress" />
    </div>
  );
}

function Outcome({
  state,
  onReplay,
  onGoToLine,
}: {
  state: Extract<GraderState, { phase: 'done' }>;
  onReplay: (mode: GradeMode, seed: number) => void;
  onGoToLine: (line: number, column?: number) => void;
}) {
  const { outcome, run } = state;
  if (outcome.kind === 'compile-error') {
    const { line, column, message } = outcome.error;
    return (
      <div role="alert" className="rounded border border-red-500 bg-red-50 px-3 py-2 text-sm text-red-950 dark:bg-red-950/40 dark:text-red-100">
        <p className="font-semibold">{COMPILE_ERROR_TITLE[outcome.error.kind]}</p>
        <p className="mt-1 break-words">{message}</p>
        {line && (
          <button type="button" className="mt-1 underline" onClick={() => onGoToLine(line, column)}>
            Go to line {line}
          </button>
        )}
      </div>
    );
  }
  if (outcome.kind === 'fatal') {
    return <p className="text-sm text-red-800 dark:text-red-300">The grader could not finish: {outcome.message}</p>;
  }
  if (outcome.kind === 'cancelled') return <p className="text-sm">You stopped this run.</p>;
  const { report } = outcome;
  return (
    <div>
      <p className={`text-lg font-semibold ${report.passed ? 'text-emerald-800 dark:text-emerald-300' : ''}`} data-testid="results-summary">
        {summaryLine(report.scenarios)}
        {report.passed && run.mode === 'submit' && ' You solved this exercise.'}
      </p>
      <p className="mt-1 flex flex-wrap items-center gap-x-3 text-sm text-zinc-700 dark:text-zinc-300">
        <span>
          Seed <span className="font-mono" data-testid="results-seed">{report.seed}</span> · {Math.round(state.elapsedMs)} ms
        </span>
        {!report.passed && (
          <button type="button" className="underline" onClick={() => onReplay(run.mode, report.seed)}>
            Replay with seed {report.seed}
          </button>
        )}
      </p>
    </div>
  );
}
