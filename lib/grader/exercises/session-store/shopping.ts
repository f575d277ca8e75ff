/**
 * Shoppers spread round-robin over servers, with or without crashes: every
 * response must show the true cart. The sticky in-memory baseline is
 * measured on the same traffic, to show what a store buys.
 */
import { round } from '../../kit/stats';
import type { ScenarioDefinition } from '../../scenario';
import { serverNames } from '../../kit/hash-fleet';
import { randomAction, Shoppers, type Shopper } from './shoppers';
import { CartWorld } from './cart-world';
import { StickyBaseline } from './sticky-baseline';
import { defineScenario, failed, passed } from '../../kit/scenario';

interface ShoppingSpec {
  id: string;
  title: string;
  hidden: boolean;
  servers: number;
  users: number;
  requests: number;
  /** Chance that a random server crashes before a request. */
  crashChance: number;
}

export function shoppingScenario(spec: ShoppingSpec): ScenarioDefinition {
  return defineScenario(spec, (ctx, rng) => {
    const servers = serverNames(rng.fork('fleet'), spec.servers);
    const world = new CartWorld(ctx, servers);
    const shoppers = new Shoppers(world);
    // Requests are about 150 ms apart: one sample per ~150 requests' worth of time gives ~150 points.
    const baseline = new StickyBaseline(servers, spec.requests);
    const users: Shopper[] = Array.from({ length: spec.users }, (_, id) => ({ id: id + 1, cart: {} }));
    const traffic = rng.fork('traffic');
    let crashes = 0;
    const metrics = () => ({
      requests: world.requests,
      users: spec.users,
      servers: spec.servers,
      crashes,
      'store calls per request': world.requests ? round(world.storeCalls / world.requests, 2) : 0,
      'carts lost by a sticky in-memory baseline': baseline.lost,
    });
    for (let r = 0; r < spec.requests; r++) {
      if (traffic.chance(spec.crashChance)) {
        const victim = traffic.pick(servers);
        baseline.crash(victim, world.time);
        shoppers.crash(victim);
        crashes++;
      }
      const shopper = traffic.pick(users);
      const problem = shoppers.visit(shopper, randomAction(traffic, shopper.cart), traffic.range(1, 300));
      if (problem) return failed(problem, { ...metrics(), 'lost or stale carts': 1 }, { series: baseline.build() });
      baseline.served(shopper.id, shopper.lastServer as string, shopper.cart);
      baseline.sample(world.time);
    }
    const m = metrics();
    return passed(
      `All ${world.requests.toLocaleString('en-US')} responses showed the right cart` +
        (crashes ? ` through ${crashes} crashes; a sticky in-memory design would have lost ${baseline.lost} carts.` : '.') +
        ` Store calls per request: ${m['store calls per request']}.`,
      { ...m, 'lost or stale carts': 0 },
      { series: baseline.build() },
    );
  });
}
