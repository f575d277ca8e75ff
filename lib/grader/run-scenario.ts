/**
 * Runs one scenario next to the learner's code (worker side). The result is
 * plain data. A LearnerError becomes 'error' with the learner's message; any
 * other exception is the grader's fault and is reported as such, so a learner
 * is never blamed for our bug.
 */
import { hashLabel } from '../sim/random';
import { evaluateModule } from './evaluate';
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
  const started = now();
  try {
    const outcome = scenario.run(ctx);
    return { ...base, ...outcome, metrics: outcome.metrics ?? {}, durationMs: now() - started };
  } catch (e) {
    const durationMs = now() - started;
    if (e instanceof LearnerError) return { ...base, status: 'error', message: e.message, metrics: {}, durationMs };
    // A RangeError from a learner's runaway recursion surfaces here too.
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      return { ...base, status: 'error', message: `Your code overflowed the call stack (${e.message}); look for a recursion that never ends.`, metrics: {}, durationMs };
    }
    const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return {
      ...base,
      status: 'error',
      message: `The grader itself failed on this scenario (${detail}). This is not your mistake; please report it with the seed ${runSeed}.`,
      metrics: {},
      durationMs,
    };
  }
}
