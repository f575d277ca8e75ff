/**
 * The sticky in-memory baseline of the cart lab: the design the session-store
 * exercise replaces. Each server keeps carts in its own memory; a sticky
 * balancer (a cookie naming the server) sends a token back to the server that
 * issued it. When that server is down, the balancer picks another one, which
 * has never seen the token: the shopper starts over with an empty cart. A
 * crash wipes the server's memory.
 *
 * Trusted code, run next to the learner's service on the same requests.
 */
import { applyAction, type Cart, type CartRequestData } from '@/lib/grader/exercises/session-store/cart';

export interface BaselineResponse {
  token: string;
  cart: Cart;
  server: string;
}

export class StickyMemoryCarts {
  private readonly memory = new Map<string, Map<string, Cart>>();
  /** The balancer's affinity: token → the server that issued it. */
  private readonly home = new Map<string, string>();
  private issued = 0;
  private next = 0;

  constructor(private readonly serverIds: readonly string[]) {
    for (const id of serverIds) this.memory.set(id, new Map());
  }

  /** Carts with items held in `server`'s memory right now. */
  held(server: string): number {
    let n = 0;
    for (const cart of this.memory.get(server)?.values() ?? []) if (Object.keys(cart).length > 0) n++;
    return n;
  }

  crash(server: string): void {
    this.memory.set(server, new Map());
  }

  handle(request: CartRequestData, up: readonly string[]): BaselineResponse {
    const sticky = request.sessionToken === undefined ? undefined : this.home.get(request.sessionToken);
    const server = sticky !== undefined && up.includes(sticky) ? sticky : up[this.next++ % up.length];
    const memory = this.memory.get(server) as Map<string, Cart>;
    let token = request.sessionToken;
    let cart = token === undefined ? undefined : memory.get(token);
    if (token === undefined || cart === undefined) {
      token = `sticky-${++this.issued}`;
      cart = {};
      this.home.set(token, server);
    }
    const next = applyAction(cart, request);
    memory.set(token, next);
    return { token, cart: { ...next }, server };
  }
}
