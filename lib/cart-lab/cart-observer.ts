/**
 * What shoppers notice, for one carts implementation: each shopper keeps the
 * token and cart its last response gave it, and checks every response
 * against the cart it should see. A wrong cart is classified:
 *
 * - lost: the shopper had items, and the response starts from an empty cart
 *   (a new token, or the old token with nothing behind it);
 * - stale: the response is built on an older version of the shopper's cart
 *   than its last write (a copy some server kept);
 * - wrong: anything else.
 *
 * After a wrong cart the shopper carries on with what it was shown, as a real
 * shopper would, so one loss counts once.
 */
import { applyAction, sameCart, type Cart, type CartRequestData } from '@/lib/grader/exercises/session-store/cart';

/** Older versions kept per shopper to recognise a stale cart. */
const HISTORY = 24;

export type Mishap = 'lost' | 'stale' | 'wrong';

export interface SideCounts {
  requests: number;
  /** Shoppers whose cart (as they last saw it) holds items. */
  liveCarts: number;
  lost: number;
  stale: number;
  wrong: number;
}

interface ShopperView {
  token?: string;
  cart: Cart;
  /** Versions before `cart`, newest last. */
  history: Cart[];
}

export class CartObserver {
  private readonly views: ShopperView[];
  readonly counts: SideCounts = { requests: 0, liveCarts: 0, lost: 0, stale: 0, wrong: 0 };

  constructor(shoppers: number) {
    this.views = Array.from({ length: shoppers }, () => ({ cart: {}, history: [] }));
  }

  /** The request shopper `index` sends: the action with its current token. */
  request(index: number, action: Omit<CartRequestData, 'sessionToken'>): CartRequestData {
    const token = this.views[index].token;
    return token === undefined ? action : { ...action, sessionToken: token };
  }

  /** Checks a response; returns what went wrong, or null. */
  observe(index: number, sent: CartRequestData, token: string, cart: Cart): Mishap | null {
    const view = this.views[index];
    const before = Object.keys(view.cart).length > 0;
    const expected = applyAction(view.cart, sent);
    let mishap: Mishap | null = null;
    if (!sameCart(cart, expected)) {
      if (before && sameCart(cart, applyAction({}, sent))) mishap = 'lost';
      else if (view.history.some((old) => sameCart(cart, applyAction(old, sent)))) mishap = 'stale';
      else mishap = 'wrong';
      this.counts[mishap]++;
    }
    this.counts.requests++;
    if (!sameCart(cart, view.cart)) {
      view.history.push(view.cart);
      if (view.history.length > HISTORY) view.history.shift();
    }
    const after = Object.keys(cart).length > 0;
    this.counts.liveCarts += Number(after) - Number(before);
    view.token = token;
    view.cart = cart;
    return mishap;
  }
}
