/**
 * Test-side access to an exercise's learner files (starter, solution,
 * alternative, wrong/*.ts) and a way to grade one in-process through the
 * same compile + runScenario path the worker uses. Used by the vitest suites
 * of ip-hash, consistent-hash, bounded-load and session-store; Node only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compileLearnerCode } from '../../compile';
import { runScenario } from '../../run-scenario';
import type { ExerciseDefinition } from '../../scenario';
import type { ScenarioResult } from '../../types';

const CONTENT = path.join(process.cwd(), 'content', 'exercises');

export function readLearnerFile(exercise: string, file: string): string {
  return readFileSync(path.join(CONTENT, exercise, file), 'utf8');
}

export interface WrongSolution {
  file: string;
  /** The scenario named by the file's first line, `// expect-fail: <id>`. */
  expectFail: string;
}

export function wrongSolutions(exercise: string): WrongSolution[] {
  const dir = path.join(CONTENT, exercise, 'wrong');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => {
      const first = readFileSync(path.join(dir, f), 'utf8').split('\n', 1)[0];
      const match = first.match(/^\/\/ expect-fail: ([a-z0-9-]+)\s*$/);
      if (!match) throw new Error(`${exercise}/wrong/${f}: the first line must be "// expect-fail: <scenario-id>"`);
      return { file: `wrong/${f}`, expectFail: match[1] };
    });
}

export function compileOrThrow(source: string, label: string): string {
  const compiled = compileLearnerCode(source);
  if (!compiled.ok) throw new Error(`${label}: ${compiled.message}`);
  return compiled.js;
}

/**
 * Runs every scenario (or only `only`) on compiled JS; budgets are checked
 * here too, since in the browser the host turns an overrun into 'timeout'.
 */
export function gradeJs(definition: ExerciseDefinition, js: string, seed: number, only?: string): ScenarioResult[] {
  return definition.scenarios
    .filter((s) => only === undefined || s.id === only)
    .map((s) => {
      const result = runScenario(s, js, seed);
      return result.durationMs > s.budgetMs && result.status === 'passed' ? { ...result, status: 'timeout' as const } : result;
    });
}

export function describeFailures(results: ScenarioResult[]): string {
  return results
    .filter((r) => r.status !== 'passed')
    .map((r) => `${r.id} [${r.status}]: ${r.message}`)
    .join('\n');
}
