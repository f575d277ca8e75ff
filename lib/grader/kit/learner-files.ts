/**
 * Test-side access to an exercise's learner files (starter, solution,
 * alternative, wrong/*.ts) and a way to grade one in-process through the
 * same compile + runScenario path the worker uses. Used by the
 * exercise-specific vitest files of ip-hash, consistent-hash, bounded-load
 * and session-store; the checks every exercise shares (starter fails, 50
 * seeds pass, wrong solutions fail their named scenario, determinism) live
 * in ../exercises.test.ts. Node only.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileLearnerCode } from '../compile';
import { runScenario } from '../run-scenario';
import type { ExerciseDefinition } from '../scenario';
import type { ScenarioResult } from '../types';

const CONTENT = path.join(process.cwd(), 'content', 'exercises');

export function readLearnerFile(exercise: string, file: string): string {
  return readFileSync(path.join(CONTENT, exercise, file), 'utf8');
}

export function compileOrThrow(source: string, label: string): string {
  const compiled = compileLearnerCode(source);
  if (!compiled.ok) throw new Error(`${label}: ${compiled.message}`);
  return compiled.js;
}

/**
 * Runs every scenario (or only `only`) on compiled JS and returns the
 * verdicts the scenarios reach. Wall-clock budgets are not applied here:
 * they depend on how busy the machine is, the host enforces them in real
 * grading (orchestrate.test.ts covers that), and the one scenario about
 * speed (consistent-hash large-ring-performance) judges a ratio to a
 * reference timed in the same run, which a busy machine does not move.
 */
export function gradeJs(definition: ExerciseDefinition, js: string, seed: number, only?: string): ScenarioResult[] {
  return definition.scenarios.filter((s) => only === undefined || s.id === only).map((s) => runScenario(s, js, seed));
}

export function learnerJs(exercise: string, file: string): string {
  return compileOrThrow(readLearnerFile(exercise, file), `${exercise}/${file}`);
}
