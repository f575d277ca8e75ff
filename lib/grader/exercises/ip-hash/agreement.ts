/**
 * An IP hash is a function of the address and the server set: two balancers
 * built from the same set agree, whatever order the list came in, and after a
 * change the mapping is again stable over the new set.
 */
import { AddressSource } from '../../../sim/addresses';
import { round } from '../../kit/stats';
import { GuardedBalancer } from '../../guard/balancer';
import { percent, routeKeys, serverNames } from '../../kit/hash-fleet';
import { defineScenario, failed, passed } from '../../kit/scenario';

export const instancesAgree = defineScenario(
  { id: 'instances-agree', title: 'Two balancers built from the same servers agree on every address', hidden: true },
  (ctx, rng) => {
    const servers = serverNames(rng.fork('fleet'), 5);
    const source = new AddressSource(rng.fork('addresses'), 'mixed', 6);
    const keys = Array.from({ length: 5000 }, () => source.next());
    const a = new GuardedBalancer(ctx.freshModule());
    const b = new GuardedBalancer(ctx.freshModule());
    const orderA = rng.shuffle(servers);
    let orderB = rng.shuffle(servers);
    while (orderB.join() === orderA.join()) orderB = rng.shuffle(servers);
    a.setServers(orderA);
    b.setServers(orderB);
    const onA = routeKeys(a, keys, 0);
    const onB = routeKeys(b, keys, 0);
    for (let i = 0; i < keys.length; i++) {
      if (onA[i] !== onB[i]) {
        return failed(
          `Address ${keys[i]} went to ${onA[i]} on one balancer and to ${onB[i]} on another, both given the same servers ` +
            `(listed as [${orderA.join(', ')}] and [${orderB.join(', ')}]). The order of the setServers list carries no meaning: ` +
            'two balancer replicas must agree, or a client bounces between servers depending on which replica it meets.',
          { addresses: keys.length, agreement: percent(onA.filter((s, j) => s === onB[j]).length / keys.length) },
        );
      }
    }
    return passed(`Both balancers sent all ${keys.length.toLocaleString('en-US')} addresses to the same servers.`, {
      addresses: keys.length,
      agreement: '100%',
    });
  },
);

export const serverSetChanges = defineScenario(
  { id: 'server-set-changes', title: 'A server fails, then two join: every address is stable over each new set', hidden: true },
  (ctx, rng) => {
    const fleet = serverNames(rng.fork('fleet'), 8);
    const source = new AddressSource(rng.fork('addresses'), 'mixed', 6);
    const keys = Array.from({ length: 3000 }, () => source.next());
    const balancer = new GuardedBalancer(ctx.freshModule());
    const initial = fleet.slice(0, 6);
    const failedServer = rng.pick(initial);
    const afterFailure = initial.filter((s) => s !== failedServer);
    const afterScaleOut = [...afterFailure, fleet[6], fleet[7]];
    const stages = [
      { servers: initial, label: `the initial servers`, metric: '' },
      { servers: afterFailure, label: `${failedServer} failed`, metric: 'moved on the failure' },
      { servers: afterScaleOut, label: `${fleet[6]} and ${fleet[7]} joined`, metric: 'moved on the scale-out' },
    ];
    const metrics: Record<string, number | string> = { addresses: keys.length };
    let previous: string[] | null = null;
    let index = 0;
    let time = 0;
    for (const stage of stages) {
      balancer.setServers(rng.shuffle(stage.servers));
      const first = routeKeys(balancer, keys, (time += 60_000), index);
      index += keys.length;
      const again = routeKeys(balancer, keys, (time += 600_000), index);
      index += keys.length;
      for (let i = 0; i < keys.length; i++) {
        if (first[i] !== again[i]) {
          return failed(
            `After ${stage.label}, address ${keys[i]} went to ${first[i]} and ten minutes later to ${again[i]}, with no change of servers in between. ` +
              'Once the set has changed, each address must again stick to one server.',
            metrics,
          );
        }
      }
      if (previous) {
        const before = previous;
        const moved = first.filter((s, i) => s !== before[i]).length / keys.length;
        metrics[stage.metric] = percent(round(moved, 4));
      }
      previous = first;
    }
    return passed('Every address stuck to one server over each set of servers.', metrics);
  },
);
