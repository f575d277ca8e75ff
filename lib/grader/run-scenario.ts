/**
 * Runs one scenario next to the learner's code (worker side). The result is
 * plain data. A LearnerError becomes 'error' with the learner's message; any
 * other exception is the grader's fault and is reported as such, so a learner
 * is never blamed for our bug.
 */
import { hashLabel } from '../sim/random';
import { evaluateModule } from './evaluate';
import { ensureLockdown } from './realm';
import { describeError } from './guard/describe';
import { learnerLineOf, raisedInLearnerCode } from './learner-line';
import { LearnerError, type ScenarioDefinition } from './scenario';
import type { ScenarioResult } from './types';

/** Each scenario draws from its own seed, stable for a run seed and scenario id. */
export function scenarioSeed(runSeed: number, scenarioId: string): number {
  return hashLabel(`${runSeed >>> 0}:${scenarioId}`);
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function runScenario(scenario: ScenarioDefinition, js: string, runSeed: number): ScenarioResult {
  const seed = scenarioSeed(runSeed, scenario.id);
  let modules = 0;
  const ctx = {
    seed,
    freshModule: () => evaluateModule(js, hashLabel(`${seed}:module:${modules++}`)),
  };
  const base = { id: scenario.id, title: scenario.title, hidden: scenario.hidden };
  // Hardening the realm is a one-off cost of the worker, not of the learner's first scenario.
  ensureLockdown();
  const started = now();
  try {
    const outcome = scenario.run(ctx);
    return { ...base, ...outcome, metrics: outcome.metrics ?? {}, durationMs: now() - started };
  } catch (e) {
    const durationMs = now() - started;
    const learnerMessage = blameLearner(e);
    if (learnerMessage !== null) return { ...base, status: 'error', message: learnerMessage, metrics: {}, durationMs };
    return {
      ...base,
      status: 'error',
      message: `The grader itself failed on this scenario (${describeError(e)}). This is not your mistake; please report it with the seed ${runSeed}.`,
      metrics: {},
      durationMs,
    };
  }
}

/** `value instanceof C`, where a Proxy's getPrototypeOf trap may throw. */
function isA(value: unknown, C: abstract new (...args: never[]) => unknown): boolean {
  try {
    return value instanceof C;
  } catch {
    return false;
  }
}

/**
 * The learner-facing message for a throw that is the learner's doing, or null
 * when it is the grader's own failure. Guards turn learner throws into
 * LearnerError; what gets past them (a getter, a Proxy trap or a toString
 * run by grader code, a stack overflow) is recognised by where it was raised:
 * the grader itself only throws Error objects, from its own files.
 */
export function blameLearner(error: unknown): string | null {
  if (isA(error, LearnerError)) return (error as LearnerError).message;
  const description = describeError(error);
  if (isA(error, RangeError) && /call stack/i.test(description)) {
    return `Your code overflowed the call stack (${description}); look for a recursion that never ends.`;
  }
  if (isA(error, Error) && !raisedInLearnerCode(error)) return null;
  const line = learnerLineOf(error);
  return `Your code threw ${description}${line === null ? '' : ` (your line ${line})`} while the grader was reading what it returned.`;
}
