/**
 * Cart semantics on scripted sequences: defaults, removal to zero and past
 * it, removing what is not there, checkout, view, starting without a token.
 */
import { round } from '../../kit/stats';
import { serverNames } from '../../kit/hash-fleet';
import type { CartRequestData } from './cart';
import { ITEMS, Shoppers, type Shopper } from './shoppers';
import { CartWorld } from './cart-world';
import { defineScenario, failed, passed } from '../../kit/scenario';

type Action = Omit<CartRequestData, 'sessionToken'>;

/** Two users whose scripts interleave, so each request lands on another server. */
function scripts(a: string, b: string): [number, Action][] {
  return [
    [1, { action: 'add', item: a }],
    [2, { action: 'view' }],
    [1, { action: 'add', item: a, quantity: 2 }],
    [2, { action: 'add', item: b, quantity: 3 }],
    [1, { action: 'remove', item: a }],
    [1, { action: 'add', item: b }],
    [2, { action: 'remove', item: b, quantity: 3 }],
    [1, { action: 'remove', item: a, quantity: 5 }],
    [2, { action: 'remove', item: a }],
    [1, { action: 'view' }],
    [1, { action: 'checkout' }],
    [1, { action: 'view' }],
    [1, { action: 'add', item: a, quantity: 4 }],
    [2, { action: 'checkout' }],
    [2, { action: 'add', item: a }],
  ];
}

export const cartSemantics = defineScenario(
  { id: 'cart-semantics', title: 'Sample: two users add, remove, view and check out across 3 servers', hidden: false },
  (ctx, rng) => {
    const [a, b] = rng.shuffle(ITEMS);
    const world = new CartWorld(ctx, serverNames(rng.fork('fleet'), 3));
    const shoppers = new Shoppers(world);
    const users: Shopper[] = [
      { id: 1, cart: {} },
      { id: 2, cart: {} },
    ];
    for (const [user, action] of scripts(a, b)) {
      const problem = shoppers.visit(users[user - 1], action);
      if (problem) return failed(problem, { requests: world.requests });
    }
    return passed('Every response of the scripted sequence showed the right cart.', {
      requests: world.requests,
      'store calls per request': round(world.storeCalls / world.requests, 2),
    });
  },
);

export const edgeSemantics = defineScenario(
  { id: 'edge-semantics', title: 'Large quantities, removing more than there is, re-adding after checkout, views without a token', hidden: true },
  (ctx, rng) => {
    const world = new CartWorld(ctx, serverNames(rng.fork('fleet'), 4));
    const shoppers = new Shoppers(world);
    const users: Shopper[] = Array.from({ length: 30 }, (_, i) => ({ id: i + 1, cart: {} }));
    const traffic = rng.fork('traffic');
    for (let r = 0; r < 1500; r++) {
      const user = traffic.pick(users);
      const items = Object.keys(user.cart);
      const roll = traffic.next();
      let action: Action;
      if (roll < 0.35) action = { action: 'add', item: traffic.pick(ITEMS), quantity: traffic.chance(0.3) ? undefined : traffic.range(1, 100) };
      else if (roll < 0.7) {
        const item = items.length && traffic.chance(0.7) ? traffic.pick(items) : traffic.pick(ITEMS);
        action = { action: 'remove', item, quantity: traffic.chance(0.3) ? undefined : traffic.range(1, 120) };
      } else if (roll < 0.85) action = { action: 'view' };
      else action = { action: 'checkout' };
      // Now and then a user loses its token (a new browser) and starts over.
      if (traffic.chance(0.03)) {
        if (user.token !== undefined) shoppers.owner.delete(user.token);
        user.token = undefined;
        user.cart = {};
        user.lastRequest = undefined;
      }
      const problem = shoppers.visit(user, action);
      if (problem) return failed(problem, { requests: world.requests });
    }
    return passed(`All ${world.requests} responses showed the right cart.`, {
      requests: world.requests,
      'store calls per request': round(world.storeCalls / world.requests, 2),
    });
  },
);
