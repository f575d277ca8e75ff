/**
 * Scenarios of the session-affinity suites (cookie-affinity, and draining,
 * which extends it): each builds an AffinitySpec from the seed and hands it
 * to the shared driver, which checks every request against every clause.
 */
import type { Rng } from '../../../sim/random';
import type { ServerEvent } from '../../../sim/servers';
import type { ScenarioDefinition } from '../../scenario';
import { defineScenario } from '../scenario';
import { runAffinity } from './run';
import type { AffinitySpec } from './spec';

/** Idle timeout handed to the learner's balancer unless a scenario says otherwise. */
export const IDLE_MS = 30_000;

/** A scenario whose spec is drawn from the seed's 'spec' fork; the driver draws the traffic. */
export function affinityScenario(
  id: string,
  title: string,
  hidden: boolean,
  build: (rng: Rng) => AffinitySpec,
  budgetMs = 6000,
): ScenarioDefinition {
  return defineScenario({ id, title, hidden, budgetMs }, (ctx, rng) => runAffinity(ctx, build(rng.fork('spec'))));
}

/** A fail at a random moment and a recovery later, for `count` distinct servers. */
export function failures(rng: Rng, servers: string[], count: number, from: number, to: number): ServerEvent[] {
  const events: ServerEvent[] = [];
  for (const server of rng.shuffle(servers).slice(0, count)) {
    const at = rng.range(from, to);
    events.push({ time: at, kind: 'fail', server }, { time: at + rng.range(20_000, 50_000), kind: 'recover', server });
  }
  return events;
}
