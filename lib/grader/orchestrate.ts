/**
 * The host side of grading, environment-neutral: the page passes a spawner
 * of Web Workers, the CLI one of worker_threads. The host owns the hard
 * per-scenario time limit: when a scenario overruns, it terminates the
 * worker, records 'timeout', starts a fresh worker and goes on with the
 * scenarios that remain.
 */
import { parseWorkerMessage, type CompileErrorKind, type GradeMode, type HostMessage, type WorkerMessage } from './protocol';
import type { ExerciseId, GradeReport, ScenarioInfo, ScenarioResult } from './types';

/** The part of a Web Worker / worker_threads Worker the host needs. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  /** Called when the worker dies (out of memory, a crash in its entry). */
  onerror?: ((error: unknown) => void) | null;
  terminate(): void;
}

export interface GradeRequest {
  exercise: ExerciseId;
  code: string;
  seed: number;
  mode: GradeMode;
}

export type GradeProgress =
  | { type: 'plan'; scenarios: ScenarioInfo[] }
  | { type: 'scenario-start'; id: string }
  | { type: 'result'; result: ScenarioResult };

export interface GradeHooks {
  spawnWorker(): WorkerLike;
  onProgress?(event: GradeProgress): void;
  /** Aborting terminates the worker; the outcome is then 'cancelled'. */
  signal?: AbortSignal;
  /** How long a fresh worker may take to say what it will run (loading, compiling). */
  bootTimeoutMs?: number;
}

export type GradeOutcome =
  | { kind: 'graded'; report: GradeReport }
  | { kind: 'compile-error'; error: { kind: CompileErrorKind; message: string; line?: number; column?: number } }
  | { kind: 'fatal'; message: string }
  | { kind: 'cancelled' };

export function timeoutMessage(budgetMs: number): string {
  return `time limit: your code ran longer than ${budgetMs} ms on this scenario; look for an infinite loop or a scan of every virtual point per route`;
}

/** For a worker that vanished mid-run: it exited, was killed, or its memory ran out. */
export function endedMessage(detail: string): string {
  return `Your code ended the grading process while this scenario ran (${detail}): it may have exited, been killed, or run out of memory. No result was recorded for it.`;
}

/** For a worker that said it was done before every planned scenario had a result. */
export const ENDED_EARLY =
  'The grading process said it was done before this scenario reported a result, so the scenario counts as not passed.';

export function gradeSubmission(request: GradeRequest, hooks: GradeHooks): Promise<GradeOutcome> {
  return new Promise<GradeOutcome>((resolve) => {
    const bootTimeoutMs = hooks.bootTimeoutMs ?? 30_000;
    let plan: ScenarioInfo[] | null = null;
    const results = new Map<string, ScenarioResult>();
    let worker: WorkerLike | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let running: ScenarioInfo | null = null;
    let finished = false;

    const clearTimer = () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    };
    const stopWorker = () => {
      clearTimer();
      if (worker) {
        worker.onmessage = null;
        if (worker.onerror !== undefined) worker.onerror = null;
        worker.terminate();
      }
      worker = null;
    };
    const finish = (outcome: GradeOutcome) => {
      if (finished) return;
      finished = true;
      stopWorker();
      hooks.signal?.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    const onAbort = () => finish({ kind: 'cancelled' });
    if (hooks.signal?.aborted) return finish({ kind: 'cancelled' });
    hooks.signal?.addEventListener('abort', onAbort);

    const record = (result: ScenarioResult) => {
      // The first result for a scenario stands: a second one (a replay, a forgery) changes nothing.
      if (results.has(result.id)) return;
      results.set(result.id, result);
      hooks.onProgress?.({ type: 'result', result });
    };
    const remaining = () => (plan ?? []).filter((s) => !results.has(s.id));
    const complete = () => {
      const scenarios = (plan ?? []).map((s) => results.get(s.id)).filter((r): r is ScenarioResult => r !== undefined);
      finish({
        kind: 'graded',
        report: { exercise: request.exercise, seed: request.seed, mode: request.mode, passed: scenarios.every((r) => r.status === 'passed'), scenarios },
      });
    };

    /** The worker is gone mid-scenario: record why, then carry on in a new one. */
    const abandon = (status: 'timeout' | 'error', message: string, durationMs: number) => {
      // Between two scenarios, the one about to start is the one that lost its worker.
      const info = running ?? remaining()[0] ?? null;
      stopWorker();
      running = null;
      if (info) record({ id: info.id, title: info.title, hidden: info.hidden, status, message, metrics: {}, durationMs });
      if (remaining().length === 0) complete();
      else start();
    };

    const onMessage = (message: WorkerMessage) => {
      switch (message.type) {
        case 'grader:ready':
          return;
        case 'grader:compile-error': {
          const { type: _type, ...error } = message;
          return finish({ kind: 'compile-error', error });
        }
        case 'grader:fatal':
          return finish({ kind: 'fatal', message: message.message });
        case 'grader:plan':
          clearTimer();
          if (plan === null) {
            plan = message.scenarios;
            hooks.onProgress?.({ type: 'plan', scenarios: plan });
          }
          return;
        case 'grader:scenario-start': {
          // Only a planned scenario still without a result can start: so every abandon() records one more.
          const info = remaining().find((s) => s.id === message.id) ?? null;
          running = info;
          clearTimer();
          if (info) {
            const startedAt = Date.now();
            hooks.onProgress?.({ type: 'scenario-start', id: info.id });
            timer = setTimeout(() => abandon('timeout', timeoutMessage(info.budgetMs), Date.now() - startedAt), info.budgetMs);
          }
          return;
        }
        case 'grader:result':
          // Only the scenario the worker announced can report: anything else is ignored.
          if (running === null || message.result.id !== running.id) return;
          clearTimer();
          running = null;
          record(message.result);
          return;
        case 'grader:done':
          // "Done" counts only when every planned scenario has its result.
          if (plan === null) {
            plan = [{ id: 'grading', title: 'Grading', hidden: false, budgetMs: 0 }];
            hooks.onProgress?.({ type: 'plan', scenarios: plan });
          }
          for (const info of remaining()) {
            record({ id: info.id, title: info.title, hidden: info.hidden, status: 'error', message: ENDED_EARLY, metrics: {}, durationMs: 0 });
          }
          return complete();
      }
    };

    function start() {
      const next: HostMessage = { type: 'grader:start', exercise: request.exercise, code: request.code, seed: request.seed, mode: request.mode };
      if (plan !== null) next.scenarioIds = remaining().map((s) => s.id);
      const w = hooks.spawnWorker();
      worker = w;
      w.onmessage = (event) => {
        if (worker !== w) return;
        const message = parseWorkerMessage(event.data);
        if (message) onMessage(message);
        else finish({ kind: 'fatal', message: 'The grading worker sent a malformed message.' });
      };
      w.onerror = (error) => {
        if (worker !== w) return;
        const detail = error instanceof Error ? error.message : String((error as { message?: unknown })?.message ?? error);
        if (plan !== null && remaining().length > 0) abandon('error', endedMessage(detail), 0);
        else finish({ kind: 'fatal', message: `The grading worker failed to start: ${detail}` });
      };
      timer = setTimeout(() => finish({ kind: 'fatal', message: `The grading worker did not start within ${bootTimeoutMs} ms.` }), bootTimeoutMs);
      w.postMessage(next);
    }

    start();
  });
}
