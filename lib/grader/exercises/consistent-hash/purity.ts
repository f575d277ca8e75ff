/**
 * The mapping is a pure function of the key and the set of servers: neither
 * the order of the list nor the history of changes that led to the set may
 * matter. Otherwise two balancer replicas disagree, and a client bounces
 * between servers depending on the replica it meets.
 */
import { GuardedBalancer } from '../../guard/balancer';
import { percent, routeKeys, serverNames } from '../../kit/hash-fleet';
import { fastIpv4, fastIpv6, manyKeys } from '../../kit/addresses';
import { defineScenario, failed, passed } from '../../kit/scenario';

const KEYS = 10_000;

function disagreement(keys: string[], a: string[], b: string[]): { first: number; count: number } {
  let first = -1;
  let count = 0;
  for (let i = 0; i < keys.length; i++) {
    if (a[i] !== b[i]) {
      count++;
      if (first < 0) first = i;
    }
  }
  return { first, count };
}

export const orderIndependent = defineScenario(
  { id: 'order-independent', title: 'Two balancers given the same servers in different orders agree on every key', hidden: true },
  (ctx, rng) => {
    const servers = serverNames(rng.fork('fleet'), 10);
    // One key in four is IPv6: both kinds of address must map the same way on every replica.
    const keys = manyKeys(KEYS, (r) => (r.next() < 0.25 ? fastIpv6(r) : fastIpv4(r)))(rng.fork('keys'));
    const orderA = rng.shuffle(servers);
    const orderB = orderA.slice().reverse();
    const a = new GuardedBalancer(ctx.freshModule());
    const b = new GuardedBalancer(ctx.freshModule());
    a.setServers(orderA);
    b.setServers(orderB);
    const { first, count } = disagreement(keys, routeKeys(a, keys, 0), routeKeys(b, keys, 0));
    const metrics = { keys: KEYS, agreement: percent(1 - count / KEYS) };
    if (count > 0) {
      const onA = routeKeys(a, [keys[first]], 1)[0];
      const onB = routeKeys(b, [keys[first]], 1)[0];
      return failed(
        `Key ${keys[first]} went to ${onA} on a balancer given [${orderA.join(', ')}] and to ${onB} on one given the same servers in reverse order; ` +
          `${count.toLocaleString('en-US')} keys disagree. Derive virtual points from server ids (never from list positions) and break ties by id.`,
        metrics,
      );
    }
    return passed(`Both balancers agreed on all ${KEYS.toLocaleString('en-US')} keys.`, metrics);
  },
);

export const historyIndependent = defineScenario(
  { id: 'pure-function-of-set', title: 'After failures, recoveries and scale-out, the mapping equals a fresh balancer’s for the same set', hidden: true },
  (ctx, rng) => {
    const fleet = serverNames(rng.fork('fleet'), 14);
    const keys = manyKeys(KEYS, fastIpv4)(rng.fork('keys'));
    const veteran = new GuardedBalancer(ctx.freshModule());
    let current = fleet.slice(0, 8);
    const history: string[] = [];
    let time = 0;
    let index = 0;
    veteran.setServers(current);
    for (let step = 0; step < 6; step++) {
      routeKeys(veteran, keys.slice(0, 2000), (time += 1000), index);
      index += 2000;
      const absent = fleet.filter((s) => !current.includes(s));
      if (current.length > 5 && (absent.length === 0 || rng.chance(0.5))) {
        const gone = rng.pick(current);
        current = current.filter((s) => s !== gone);
        history.push(`${gone} failed`);
      } else {
        const back = rng.pick(absent);
        current = [...current, back];
        history.push(`${back} joined`);
      }
      veteran.setServers(rng.shuffle(current));
    }
    const newcomer = new GuardedBalancer(ctx.freshModule());
    newcomer.setServers(rng.shuffle(current));
    const onVeteran = routeKeys(veteran, keys, (time += 1000), index);
    const onNewcomer = routeKeys(newcomer, keys, time, 0);
    const { first, count } = disagreement(keys, onVeteran, onNewcomer);
    const metrics = { keys: KEYS, changes: history.length, agreement: percent(1 - count / KEYS) };
    if (count > 0) {
      return failed(
        `After ${history.join(', ')}, key ${keys[first]} went to ${onVeteran[first]}, but a fresh balancer given the same servers sends it to ${onNewcomer[first]}; ` +
          `${count.toLocaleString('en-US')} keys differ. The mapping must depend only on the key and the current set: rebuild from the set in setServers, and keep no per-key memory.`,
        metrics,
      );
    }
    return passed(`After ${history.length} changes the mapping equals a fresh balancer's on all ${KEYS.toLocaleString('en-US')} keys.`, metrics);
  },
);
