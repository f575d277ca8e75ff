/**
 * The grading worker's message handler, shared by the browser Web Worker
 * entry and the Node worker_threads entry: each entry only adapts its
 * postMessage/onmessage to this. It compiles once, then runs the scenarios it
 * is given one by one, announcing each so the host can time it.
 */
import { getExercise } from './catalog';
import { compileLearnerCode } from './compile';
import { evaluateModule } from './evaluate';
import { describeValue } from './guard/describe';
import { parseHostMessage, type HostMessage, type WorkerMessage } from './protocol';
import { runScenario } from './run-scenario';
import type { ExerciseDefinition, ScenarioDefinition } from './scenario';

export type Post = (message: WorkerMessage) => void;

export function selectScenarios(all: readonly ScenarioDefinition[], start: HostMessage): ScenarioDefinition[] {
  if (start.scenarioIds) {
    const byId = new Map(all.map((s) => [s.id, s]));
    return start.scenarioIds.map((id) => byId.get(id)).filter((s): s is ScenarioDefinition => s !== undefined);
  }
  return start.mode === 'run' ? all.filter((s) => !s.hidden) : all.slice();
}

/**
 * Whether the file exports the exercise's factory, judged once before any
 * scenario: a file without it gets one message, not one error per scenario.
 * Returns the learner-facing reason, or null when the export is there (or
 * when the file throws while loading: each scenario then reports that throw,
 * with its line, as an error of the learner's code).
 */
export function missingExport(js: string, exercise: ExerciseDefinition): string | null {
  const name = exercise.exportName;
  let exports: Record<string, unknown>;
  try {
    exports = evaluateModule(js, 0);
  } catch {
    return null;
  }
  const value = exports[name];
  if (typeof value === 'function') return null;
  const example = name === 'createCartService' ? 'export function createCartService(store: SessionStore): CartService { ... }' : 'export function createBalancer(): Balancer { ... }';
  if (value === undefined) {
    const found = Object.keys(exports);
    return `Your file does not export ${name}, so nothing can be graded: write \`${example}\`${found.length ? ` (it exports ${found.join(', ')})` : ''}.`;
  }
  return `The export ${name} must be a function, but it is ${describeValue(value)}: write \`${example}\`.`;
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
  for (const [i, scenario] of scenarios.entries()) {
    post({ type: 'grader:scenario-start', id: scenario.id });
    // Inside the first scenario's time budget: top-level code that never ends is timed like any other.
    if (i === 0) {
      const missing = missingExport(compiled.js, exercise);
      if (missing !== null) {
        post({ type: 'grader:compile-error', kind: 'export', message: missing });
        return;
      }
    }
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
