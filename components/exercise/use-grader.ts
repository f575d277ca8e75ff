'use client';
/**
 * Grading state for the workspace: one run at a time, progress as scenarios
 * finish, the outcome when the suite is done. The worker and its hard time
 * limit live in grader-client.ts and lib/grader/orchestrate.ts.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { GradeOutcome, GradeProgress } from '@/lib/grader/orchestrate';
import type { GradeMode } from '@/lib/grader/protocol';
import type { ExerciseId, ScenarioInfo, ScenarioResult } from '@/lib/grader/types';
import { GraderClient } from './grader-client';

export interface RunInfo {
  mode: GradeMode;
  seed: number;
  /** Type errors the editor knew of when the run started (null: not checked). */
  typeErrors: number | null;
  startedAt: number;
}

export type GraderState =
  | { phase: 'idle' }
  | { phase: 'running'; run: RunInfo; plan: ScenarioInfo[] | null; results: ScenarioResult[]; current: string | null }
  | { phase: 'done'; run: RunInfo; outcome: GradeOutcome; elapsedMs: number };

export function useGrader(exercise: ExerciseId, onDone: (run: RunInfo, outcome: GradeOutcome, code: string) => void) {
  const [state, setState] = useState<GraderState>({ phase: 'idle' });
  const client = useRef<GraderClient | null>(null);
  const abort = useRef<AbortController | null>(null);
  const onDoneRef = useRef(onDone);
  onDoneRef.current = onDone;

  useEffect(() => {
    const c = new GraderClient();
    client.current = c;
    // Boot the worker while the learner reads the statement.
    const idle = window.setTimeout(() => c.warm(), 300);
    return () => {
      window.clearTimeout(idle);
      abort.current?.abort();
      c.dispose();
      client.current = null;
    };
  }, []);

  const start = useCallback(
    async (mode: GradeMode, code: string, seed: number, typeErrors: number | null) => {
      const c = client.current;
      if (!c || abort.current) return;
      const controller = new AbortController();
      abort.current = controller;
      const run: RunInfo = { mode, seed, typeErrors, startedAt: performance.now() };
      setState({ phase: 'running', run, plan: null, results: [], current: null });
      const onProgress = (event: GradeProgress) =>
        setState((s) => {
          if (s.phase !== 'running' || s.run !== run) return s;
          if (event.type === 'plan') return { ...s, plan: event.scenarios };
          if (event.type === 'scenario-start') return { ...s, current: event.id };
          return { ...s, results: [...s.results, event.result], current: null };
        });
      const outcome = await c.grade({ exercise, code, seed, mode }, onProgress, controller.signal);
      abort.current = null;
      setState({ phase: 'done', run, outcome, elapsedMs: performance.now() - run.startedAt });
      onDoneRef.current(run, outcome, code);
    },
    [exercise],
  );

  const stop = useCallback(() => abort.current?.abort(), []);

  return { state, start, stop, running: state.phase === 'running' };
}
