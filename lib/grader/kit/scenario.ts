/**
 * How a suite declares a scenario and its outcome. `defineScenario` holds
 * what every scenario repeats: the default wall-clock budget and a random
 * generator seeded from the scenario's own seed (so that a failing run can
 * be replayed exactly from the seed the learner sees).
 */
import { createRng, type Rng } from '../../sim/random';
import type { ScenarioContext, ScenarioDefinition, ScenarioOutcome } from '../scenario';
import type { Metrics } from '../types';

/** Budget for the learner's code in one scenario unless a scenario says otherwise. */
export const DEFAULT_BUDGET_MS = 3000;

export interface ScenarioHeader {
  id: string;
  title: string;
  hidden: boolean;
  budgetMs?: number;
}

/** `run` gets the context and a generator seeded from `ctx.seed` (fork it per concern). */
export function defineScenario(header: ScenarioHeader, run: (ctx: ScenarioContext, rng: Rng) => ScenarioOutcome): ScenarioDefinition {
  return {
    id: header.id,
    title: header.title,
    hidden: header.hidden,
    budgetMs: header.budgetMs ?? DEFAULT_BUDGET_MS,
    run: (ctx) => run(ctx, createRng(ctx.seed)),
  };
}

export function passed(message: string, metrics: Metrics, extra: Partial<ScenarioOutcome> = {}): ScenarioOutcome {
  return { status: 'passed', message, metrics, ...extra };
}

export function failed(message: string, metrics: Metrics, extra: Partial<ScenarioOutcome> = {}): ScenarioOutcome {
  return { status: 'failed', message, metrics, ...extra };
}
