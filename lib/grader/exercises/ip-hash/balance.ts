/**
 * Balance of distinct addresses over a fleet (five servers unless a scenario
 * says otherwise). Each address is routed once, so the count per server is
 * the number of clients it would hold.
 */
import { type Rng } from '../../../sim/random';
import { maxOverMean, round } from '../../kit/stats';
import { GuardedBalancer } from '../../guard/balancer';
import type { ScenarioDefinition } from '../../scenario';
import { describeLoads, loadsOf, routeKeys, serverNames } from '../../kit/hash-fleet';
import { defineScenario, failed, passed } from '../../kit/scenario';

/** docs/exercises.md: 10,000 uniform addresses over N=5 give max/mean <= 1.15. */
export const BALANCE_LIMIT = 1.15;

interface BalanceSpec {
  id: string;
  title: string;
  hidden: boolean;
  /** How many different fleets the same addresses are spread over. */
  fleets: number;
  /** Servers per fleet (5 unless given). */
  servers?: number;
  /** max/mean allowed (BALANCE_LIMIT unless given). */
  limit?: number;
  /** Wall-clock budget, when the default is too tight for an O(N) design over this many servers. */
  budgetMs?: number;
  /** What the addresses are, for messages ("uniformly random IPv4 addresses"). */
  what: string;
  /** Advice shown when the balance fails. */
  advice: string;
  keys(rng: Rng): string[];
}

export function balanceScenario(spec: BalanceSpec): ScenarioDefinition {
  return defineScenario(spec, (ctx, rng) => {
    const keys = spec.keys(rng.fork('addresses'));
    const size = spec.servers ?? 5;
    const limit = spec.limit ?? BALANCE_LIMIT;
    let worst = 0;
    const metrics: Record<string, number | string> = { addresses: keys.length };
    for (let f = 0; f < spec.fleets; f++) {
      const servers = serverNames(rng.fork(`fleet-${f}`), size);
      const balancer = new GuardedBalancer(ctx.freshModule());
      balancer.setServers(servers);
      const loads = loadsOf(routeKeys(balancer, keys, f * 1000), servers);
      const ratio = maxOverMean(loads);
      worst = Math.max(worst, ratio);
      metrics[spec.fleets > 1 ? `max/mean (fleet ${f + 1})` : 'max/mean'] = round(ratio);
      if (ratio > limit) {
        return failed(
          `${keys.length.toLocaleString('en-US')} ${spec.what} over ${describeFleet(servers, loads)}: ` +
            `the busiest server holds ${round(ratio, 2)}× the mean, above the limit of ${limit}. ${spec.advice}`,
          metrics,
        );
      }
    }
    return passed(
      `${keys.length.toLocaleString('en-US')} ${spec.what} spread evenly over ${size} servers: worst max/mean ${round(worst, 3)} (limit ${limit}).`,
      metrics,
    );
  });
}

/** A small fleet listed whole; a large one by its busiest and emptiest servers. */
function describeFleet(servers: readonly string[], loads: readonly number[]): string {
  if (servers.length <= 12) return `${servers.join(', ')} landed as ${describeLoads(servers, loads)}`;
  const order = servers.map((_, i) => i).sort((a, b) => loads[b] - loads[a]);
  const pick = (idx: number[]) => describeLoads(idx.map((i) => servers[i]), idx.map((i) => loads[i]));
  return `${servers.length} servers landed unevenly (busiest ${pick(order.slice(0, 3))}; emptiest ${pick(order.slice(-3))})`;
}
