/**
 * The grading worker's message handler, shared by the browser Web Worker
 * entry and the Node worker_threads entry: each entry only adapts its
 * postMessage/onmessage to this. It compiles once, then runs the scenarios it
 * is given one by one, announcing each so the host can time it.
 */
import { getExercise } from './catalog';
import { compileLearnerCode } from './compile';
import { parseHostMessage, type HostMessage, type WorkerMessage } from './protocol';
import { runScenario } from './run-scenario';
import type { ScenarioDefinition } from './scenario';

export type Post = (message: WorkerMessage) => void;

export function selectScenarios(all: readonly ScenarioDefinition[], start: HostMessage): ScenarioDefinition[] {
  if (start.scenarioIds) {
    const byId = new Map(all.map((s) => [s.id, s]));
    return start.scenarioIds.map((id) => byId.get(id)).filter((s): s is ScenarioDefinition => s !== undefined);
  }
  return start.mode === 'run' ? all.filter((s) => !s.hidden) : all.slice();
}

export function handleStart(start: HostMessage, post: Post): void {
  const exercise = getExercise(start.exercise);
  if (!exercise) {
    post({ type: 'grader:fatal', message: `Unknown exercise "${start.exercise}".` });
    return;
  }
  const compiled = compileLearnerCode(start.code);
  if (!compiled.ok) {
    const { kind, message, line, column } = compiled;
    post({ type: 'grader:compile-error', kind, message, ...(line ? { line } : {}), ...(column ? { column } : {}) });
    return;
  }
  const scenarios = selectScenarios(exercise.scenarios, start);
  post({ type: 'grader:plan', scenarios: scenarios.map(({ id, title, hidden, budgetMs }) => ({ id, title, hidden, budgetMs })) });
  for (const scenario of scenarios) {
    post({ type: 'grader:scenario-start', id: scenario.id });
    post({ type: 'grader:result', result: runScenario(scenario, compiled.js, start.seed) });
  }
  post({ type: 'grader:done' });
}

/** Returns the onmessage handler for a worker entry; posts 'grader:ready' at once. */
export function createWorkerCore(post: Post): (data: unknown) => void {
  post({ type: 'grader:ready' });
  return (data) => {
    const start = parseHostMessage(data);
    if (!start) {
      post({ type: 'grader:fatal', message: 'The grading worker received a message it does not understand.' });
      return;
    }
    handleStart(start, post);
  };
}
