/**
 * Minimal disruption: when a server joins, about 1/(N+1) of the keys move
 * (all of them to it): not many more, which is the tell-tale of mod-N, and
 * not many fewer, which is that of a cache that never gives the newcomer its
 * keys. When one leaves, only its keys move. Keys moving between two servers
 * that both stayed are the tell-tale of mod-N.
 */
import { round } from '../../kit/stats';
import { GuardedBalancer } from '../../guard/balancer';
import type { ScenarioDefinition } from '../../scenario';
import { percent, routeKeys, serverNames } from '../../kit/hash-fleet';
import { uniformIpv4 } from '../../kit/addresses';
import { defineScenario, failed, passed } from '../../kit/scenario';

const KEYS = 10_000;
/** Share of keys allowed to move between servers that stayed (Maglev moves a few tenths of a percent). */
export const STAYING_LIMIT = 0.01;
/** A join may move up to 1.5 times the ideal 1/(N+1). */
export const JOIN_FACTOR = 1.5;
/**
 * A join must give the newcomer at least half its fair share 1/(N+1). With
 * 100 or more virtual points per server a share that low is many standard
 * deviations away; a newcomer that receives nothing is a mapping that does
 * not follow the set (a memo of earlier answers, say).
 */
export const JOIN_MIN_FACTOR = 0.5;

interface DisruptionSpec {
  id: string;
  title: string;
  hidden: boolean;
  change: 'add' | 'remove';
  /** Number of servers before the change: fixed, or drawn in [min, max]. */
  servers: number | [number, number];
}

export function disruptionScenario(spec: DisruptionSpec): ScenarioDefinition {
  return defineScenario(spec, (ctx, rng) => {
    const n = typeof spec.servers === 'number' ? spec.servers : rng.range(spec.servers[0], spec.servers[1]);
    const fleet = serverNames(rng.fork('fleet'), n + 1);
    const keys = uniformIpv4(KEYS)(rng.fork('keys'));
    const before = fleet.slice(0, n);
    const changed = spec.change === 'add' ? fleet[n] : rng.pick(before);
    const after = spec.change === 'add' ? [...before, changed] : before.filter((s) => s !== changed);
    const event = spec.change === 'add' ? `${changed} was added` : `${changed} was removed`;

    const balancer = new GuardedBalancer(ctx.freshModule());
    balancer.setServers(rng.shuffle(before));
    const was = routeKeys(balancer, keys, 0);
    balancer.setServers(rng.shuffle(after));
    const now = routeKeys(balancer, keys, 60_000, KEYS);

    let moved = 0;
    let toNewcomer = 0;
    let betweenStaying = 0;
    let example = -1;
    for (let i = 0; i < KEYS; i++) {
      if (was[i] === now[i]) continue;
      moved++;
      if (now[i] === changed) toNewcomer++;
      // A key may move to a new server or away from a removed one; any other move is needless.
      if (now[i] !== changed && was[i] !== changed) {
        betweenStaying++;
        if (example < 0) example = i;
      }
    }
    const metrics = {
      keys: KEYS,
      'servers before': before.length,
      'servers after': after.length,
      'keys moved': percent(moved / KEYS),
      'moved between servers that stayed': percent(betweenStaying / KEYS),
    };
    if (betweenStaying > STAYING_LIMIT * KEYS) {
      return failed(
        `Key ${keys[example]} was on ${was[example]}, which is still in the set, but moved to ${now[example]} after ${event}. ` +
          `${betweenStaying.toLocaleString('en-US')} of ${KEYS.toLocaleString('en-US')} keys (${percent(betweenStaying / KEYS)}) moved between servers that both stayed; ` +
          `the limit is ${percent(STAYING_LIMIT)}. Hashing modulo the number of servers reshuffles almost everything; a ring or rendezvous hashing moves none.`,
        metrics,
      );
    }
    if (spec.change === 'add') {
      const floor = JOIN_MIN_FACTOR / after.length;
      if (toNewcomer < floor * KEYS) {
        return failed(
          `When ${event} (${before.length} → ${after.length} servers), only ${percent(toNewcomer / KEYS)} of the keys moved to it; ` +
            `its fair share is ${percent(1 / after.length)} and at least ${percent(floor)} (0.5/(N+1)) must reach it. ` +
            'The mapping must follow the current set: a key whose arc (or highest score) now belongs to the new server goes there, even if it was routed before.',
          { ...metrics, 'keys moved to the new server': percent(toNewcomer / KEYS) },
        );
      }
      const limit = JOIN_FACTOR / after.length;
      if (moved > limit * KEYS) {
        return failed(
          `When ${event} (${before.length} → ${after.length} servers), ${percent(moved / KEYS)} of the keys moved; ` +
            `the new server's fair share is ${percent(1 / after.length)} and the limit is ${percent(limit)} (1.5/(N+1)). ` +
            `Give the new server more virtual points or use a better-mixing hash.`,
          metrics,
        );
      }
    }
    return passed(
      `When ${event}, ${percent(moved / KEYS)} of the keys moved` +
        (spec.change === 'add' ? ` (fair share ${percent(round(1 / after.length, 4))})` : ' (exactly those on it)') +
        `, and ${percent(betweenStaying / KEYS)} moved between servers that stayed.`,
      metrics,
    );
  });
}
