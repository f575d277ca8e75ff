/**
 * Tokens from outside: forged, garbage and derived ones. A token the service
 * did not issue (or no longer knows) must start a new, empty cart under a new
 * token, and a token derived from one's own (a number in it plus or minus a
 * little, another request's time put in) must never be another user's.
 */
import { type Rng } from '../../../sim/random';
import { clip } from '../../guard/describe';
import { serverNames } from '../../kit/hash-fleet';
import { applyAction, describeAction, describeCart, sameCart } from './cart';
import { randomAction, Shoppers, type Shopper } from './shoppers';
import { CartWorld } from './cart-world';
import { defineScenario, failed, passed } from '../../kit/scenario';

/** Owner id of sessions opened by forged or derived tokens. */
export const STRANGER = -1;

function forgedToken(rng: Rng, known: readonly string[]): string {
  switch (rng.int(7)) {
    case 0:
      return rng.int(2 ** 31).toString(36) + rng.int(2 ** 31).toString(36);
    case 1:
      return String(rng.int(1000));
    case 2:
      return rng.pick(['null', 'undefined', 'admin', '[object Object]', '{}', '__proto__', 'constructor']);
    case 3:
      return 'A'.repeat(rng.range(100, 5000));
    case 4: {
      // A real token with one character changed.
      const t = rng.pick(known);
      const i = rng.int(t.length);
      const c = t[i] === 'a' ? 'b' : 'a';
      return t.slice(0, i) + c + t.slice(i + 1);
    }
    case 5:
      return `${rng.pick(known)}x`;
    default:
      return ' ';
  }
}

/** Sends a request with a token the service never issued; the answer must be a new session. */
export function checkStranger(world: CartWorld, shoppers: Shoppers, token: string, label: string, rng: Rng): string | null {
  // A forged token that happens to be a live one is a guess that worked: derived-tokens reports that.
  if (shoppers.owner.has(token)) return null;
  const action = randomAction(rng, {});
  const got = world.handle({ ...action, sessionToken: token }, label);
  const shown = JSON.stringify(clip(token, 40));
  const holder = shoppers.owner.get(got.token);
  if (holder !== undefined && holder !== STRANGER) {
    return (
      `Request ${got.number} (${label}) sent the token ${shown}, which the service never issued, and was answered with the token of user ${holder} ` +
      `and the cart ${describeCart(got.cart)}. An unknown token must start a new, empty cart under a new token.`
    );
  }
  if (got.token === token) {
    return (
      `Request ${got.number} (${label}) sent the token ${shown}, which the service never issued, and the service kept it as the session's token. ` +
      'Issue a new token of your own: accepting a token chosen by the client lets an attacker plant a session on a victim (session fixation).'
    );
  }
  const expected = applyAction({}, action);
  if (!sameCart(got.cart, expected)) {
    return `Request ${got.number} (${label}, ${describeAction(action)}) sent the unknown token ${shown} and got the cart ${describeCart(got.cart)}; an unknown token starts a new, empty cart, so the answer is ${describeCart(expected)}.`;
  }
  shoppers.owner.set(got.token, STRANGER);
  return null;
}

export const unknownTokens = defineScenario(
  { id: 'unknown-tokens', title: 'Forged, garbage and mistyped tokens get a new empty cart, never someone else’s', hidden: true },
  (ctx, rng) => {
    const world = new CartWorld(ctx, serverNames(rng.fork('fleet'), 3));
    const shoppers = new Shoppers(world);
    const users: Shopper[] = Array.from({ length: 80 }, (_, i) => ({ id: i + 1, cart: {} }));
    const traffic = rng.fork('traffic');
    let forged = 0;
    for (let r = 0; r < 1500; r++) {
      const known = users.filter((u) => u.token !== undefined).map((u) => u.token as string);
      if (known.length > 0 && traffic.chance(0.25)) {
        const problem = checkStranger(world, shoppers, forgedToken(traffic, known), 'a client with a forged token', traffic);
        forged++;
        if (problem) return failed(problem, { requests: world.requests, 'forged tokens': forged });
        continue;
      }
      const user = traffic.pick(users);
      const problem = shoppers.visit(user, randomAction(traffic, user.cart));
      if (problem) return failed(problem, { requests: world.requests, 'forged tokens': forged });
    }
    return passed(`All ${forged} forged tokens got a new empty cart under a new token, and every real user kept its own.`, {
      requests: world.requests,
      'forged tokens': forged,
    });
  },
);
