/**
 * How an exercise's scenarios are written. A scenario runs inside the grading
 * worker, next to the learner's code: it generates its traffic from
 * `ctx.seed`, drives the learner's balancer, checks every decision against the
 * simulator's ground truth, and returns an outcome. The runner turns a thrown
 * LearnerError into status 'error', and the host turns a blown budget into
 * 'timeout' by terminating the worker.
 */
import type { ExerciseId, LoadSeries, Metrics, ScenarioInfo } from './types';

/** The learner module's exports, as evaluated (values are untrusted). */
export type LearnerExports = Record<string, unknown>;

export interface ScenarioContext {
  /** Seed for this scenario, derived from the run's seed and the scenario id. */
  readonly seed: number;
  /**
   * Evaluates the learner's module afresh (module-level state included) and
   * returns its exports. Call it once per independent instance the scenario
   * needs (two balancers that must agree each get their own module).
   */
  freshModule(): LearnerExports;
}

export interface ScenarioOutcome {
  status: 'passed' | 'failed';
  message: string;
  metrics: Metrics;
  series?: LoadSeries;
  insight?: string;
}

export interface ScenarioDefinition extends ScenarioInfo {
  run(ctx: ScenarioContext): ScenarioOutcome;
}

export interface ExerciseDefinition {
  id: ExerciseId;
  title: string;
  /** The factory the learner must export. */
  exportName: 'createBalancer' | 'createCartService';
  scenarios: ScenarioDefinition[];
}

/**
 * Thrown by the grader's guarded calls when the learner's code throws, returns
 * garbage or names a server outside the set. The message is written to the
 * learner ("route() threw TypeError: x is undefined on request 12 from ...").
 */
export class LearnerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LearnerError';
  }
}
