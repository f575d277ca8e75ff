/**
 * Balance of a consistent-hash mapping: 10,000 keys over 10 servers, for one
 * or several randomly named server sets. One point per server fails (its
 * arcs are very unequal); 100 or more virtual points per server pass.
 */
import { maxOverMean, round } from '../../kit/stats';
import { GuardedBalancer } from '../../guard/balancer';
import type { ScenarioDefinition } from '../../scenario';
import { describeLoads, loadsOf, routeKeys, serverNames } from '../../kit/hash-fleet';
import { uniformIpv4 } from '../../kit/addresses';
import { defineScenario, failed, passed } from '../../kit/scenario';

/** docs/exercises.md: max/mean <= 1.5 for 10,000 keys over 10 servers. */
export const BALANCE_LIMIT = 1.5;
const KEYS = 10_000;
const SERVERS = 10;

export function balanceScenario(spec: { id: string; title: string; hidden: boolean; sets: number }): ScenarioDefinition {
  return defineScenario(spec, (ctx, rng) => {
    const keys = uniformIpv4(KEYS)(rng.fork('keys'));
    const metrics: Record<string, number | string> = { keys: KEYS, servers: SERVERS };
    let worst = 0;
    for (let set = 0; set < spec.sets; set++) {
      const servers = serverNames(rng.fork(`set-${set}`), SERVERS);
      const balancer = new GuardedBalancer(ctx.freshModule());
      balancer.setServers(servers);
      const loads = loadsOf(routeKeys(balancer, keys, set * 1000), servers);
      const ratio = maxOverMean(loads);
      worst = Math.max(worst, ratio);
      metrics[spec.sets > 1 ? `max/mean (set ${set + 1})` : 'max/mean'] = round(ratio);
      if (ratio > BALANCE_LIMIT) {
        return failed(
          `${KEYS.toLocaleString('en-US')} keys over ${servers.join(', ')} landed as ${describeLoads(servers, loads)}: ` +
            `the busiest server holds ${round(ratio, 2)}× the mean, above the limit of ${BALANCE_LIMIT}. ` +
            'With one point per server the arcs of the ring are very unequal; give each server 100 or more virtual points ' +
            '(hash "server#0", "server#1", ...) with a well-mixing hash.',
          metrics,
        );
      }
    }
    return passed(`Keys spread evenly: worst max/mean ${round(worst, 3)} (limit ${BALANCE_LIMIT}).`, metrics);
  });
}
