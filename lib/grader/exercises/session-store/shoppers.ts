/**
 * Users of the cart service and the truth about them: each keeps the latest
 * token the service gave it and the cart it must see. visit() sends one
 * request through the world and checks the response against the truth.
 */
import type { Rng } from '../../../sim/random';
import { applyAction, describeAction, describeCart, sameCart, type Cart, type CartRequestData } from './cart';
import type { CartWorld } from './cart-world';

export const ITEMS = ['apple', 'pear', 'book', 'desk lamp', 'mug', 'socks', 'pen', 'green tea', 'café crème', 'usb-c cable'];

export interface Shopper {
  id: number;
  token?: string;
  cart: Cart;
  /** Where and when its previous request was handled, for messages. */
  lastServer?: string;
  lastRequest?: number;
  lastTime?: number;
}

export class Shoppers {
  /** Current token → user id: a token may belong to one user only. */
  readonly owner = new Map<string, number>();
  readonly crashes: { server: string; request: number }[] = [];

  constructor(private readonly world: CartWorld) {}

  crash(server: string): void {
    this.world.crash(server);
    this.crashes.push({ server, request: this.world.requests });
  }

  /** Sends `request` for `shopper`; returns a message for the learner if the response is wrong. */
  visit(shopper: Shopper, request: Omit<CartRequestData, 'sessionToken'>, elapsedMs?: number): string | null {
    const sent: CartRequestData = shopper.token === undefined ? request : { ...request, sessionToken: shopper.token };
    const expected = applyAction(shopper.token === undefined ? {} : shopper.cart, sent);
    const got = this.world.handle(sent, `user ${shopper.id}`, elapsedMs);
    const where = `Request ${got.number} (user ${shopper.id}, on ${got.server}, ${describeAction(sent)})`;
    const holder = this.owner.get(got.token);
    if (holder !== undefined && holder !== shopper.id) {
      const whose = holder < 0 ? 'a session opened earlier with a forged token' : `user ${holder}`;
      return `${where} was answered with the token of ${whose}. Every session needs its own token: a shared token means a shared cart.`;
    }
    if (!sameCart(got.cart, expected)) {
      return `${where}: the cart should be ${describeCart(expected)} but the response said ${describeCart(got.cart)}. ${this.history(shopper)}`;
    }
    if (shopper.token !== undefined && shopper.token !== got.token) this.owner.delete(shopper.token);
    this.owner.set(got.token, shopper.id);
    shopper.token = got.token;
    shopper.cart = expected;
    shopper.lastServer = got.server;
    shopper.lastRequest = got.number;
    return null;
  }

  private history(shopper: Shopper): string {
    if (shopper.lastRequest === undefined) return 'This was the user\'s first request: a new session starts with an empty cart.';
    const since = this.crashes.filter((c) => c.request >= (shopper.lastRequest as number));
    const crashed = since.length ? ` Since then ${[...new Set(since.map((c) => c.server))].join(', ')} crashed (memory wiped).` : '';
    return (
      `The user's previous request (request ${shopper.lastRequest}) was handled by ${shopper.lastServer}.${crashed} ` +
      'Every server must see the latest cart, whatever server handled the last request and whatever crashed: keep carts in the store, written before you respond.'
    );
  }
}

/** A plausible next action for a shopper with `cart`. */
export function randomAction(rng: Rng, cart: Readonly<Cart>): Omit<CartRequestData, 'sessionToken'> {
  const roll = rng.next();
  const quantity = rng.chance(0.5) ? undefined : rng.range(1, 3);
  if (roll < 0.5) return { action: 'add', item: rng.pick(ITEMS), quantity };
  if (roll < 0.78) {
    const inCart = Object.keys(cart);
    const item = inCart.length > 0 && rng.chance(0.8) ? rng.pick(inCart) : rng.pick(ITEMS);
    return { action: 'remove', item, quantity: quantity === undefined ? undefined : rng.range(1, 4) };
  }
  if (roll < 0.95) return { action: 'view' };
  return { action: 'checkout' };
}
