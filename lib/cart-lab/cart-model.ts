/**
 * The cart lab's model: seeded shoppers send cart requests to a fleet of app
 * servers while servers crash and restart, and every request goes to two
 * carts implementations side by side:
 *
 * - "yours": the learner's CartService over a shared store, one copy per
 *   server with its own memory, exactly as the session-store grader runs it
 *   (CartWorld from lib/grader/exercises/session-store, requests spread
 *   round-robin over the servers that are up);
 * - "baseline": sticky sessions with carts in each server's memory
 *   (sticky-memory.ts).
 *
 * Both sides see the same requests (the actions are drawn from the shopper's
 * intended cart, which neither side can change), and cart-observer.ts counts
 * what each side's shoppers notice: live, lost, stale and wrong carts.
 *
 * Plain TypeScript: it runs in the lab's worker next to the learner's code,
 * and in unit tests. Learner throws surface as LearnerError (from CartWorld's
 * guards); the caller stops the run.
 */
import { formatTime } from '@/lib/grader/guard/describe';
import { applyAction, type Cart } from '@/lib/grader/exercises/session-store/cart';
import { CartWorld } from '@/lib/grader/exercises/session-store/cart-world';
import { randomAction } from '@/lib/grader/exercises/session-store/shoppers';
import type { LearnerExports } from '@/lib/grader/scenario';
import { createRng, hashLabel, type Rng } from '@/lib/sim/random';
import { CartObserver, type Mishap, type SideCounts } from './cart-observer';
import { StickyMemoryCarts } from './sticky-memory';

export type Side = 'yours' | 'baseline';

export interface CartLabOptions {
  seed: number;
  servers: number;
  shoppers: number;
  /** Evaluates the learner's module afresh (one per server boot), as the grader's ScenarioContext does. */
  freshModule: (randomSeed: number) => LearnerExports;
}

export const DEFAULT_SERVERS = 3;
export const DEFAULT_SHOPPERS = 30;

export interface ServerState {
  id: string;
  up: boolean;
  /** Carts with items the baseline keeps in this server's memory. */
  baselineCarts: number;
}

export interface CartLabSnapshot {
  requests: number;
  /** Simulated milliseconds since the start. */
  time: number;
  servers: ServerState[];
  sides: Record<Side, SideCounts>;
}

export interface CartLabEvent {
  kind: 'crash' | 'restart' | Mishap;
  side?: Side;
  request: number;
  time: number;
  text: string;
}

const SIDE_NAME: Record<Side, string> = { yours: 'Your CartService', baseline: 'The sticky baseline' };
const MISHAP_TEXT: Record<Mishap, string> = {
  lost: 'lost a cart',
  stale: 'served a stale cart',
  wrong: 'served a wrong cart',
};

export class CartLab {
  private readonly world: CartWorld;
  private readonly baseline: StickyMemoryCarts;
  private readonly observers: Record<Side, CartObserver>;
  private readonly traffic: Rng;
  /** The cart each shopper means to have: actions are drawn from it, so both sides get the same requests. */
  private readonly intent: Cart[];
  private readonly up: Set<string>;
  readonly serverIds: readonly string[];
  private next = 0;
  /** Each kind of mishap is logged once per side until the next crash or restart, so the log stays readable. */
  private reported = new Set<string>();

  constructor(private readonly options: CartLabOptions) {
    const { seed, servers, shoppers } = options;
    this.serverIds = Array.from({ length: servers }, (_, i) => `app-${i + 1}`);
    let modules = 0;
    this.world = new CartWorld({ seed, freshModule: () => options.freshModule(hashLabel(`${seed}:module:${modules++}`)) }, this.serverIds);
    this.baseline = new StickyMemoryCarts(this.serverIds);
    this.observers = { yours: new CartObserver(shoppers), baseline: new CartObserver(shoppers) };
    this.traffic = createRng(seed).fork('cart-lab-traffic');
    this.intent = Array.from({ length: shoppers }, () => ({}));
    this.up = new Set(this.serverIds);
  }

  get requests(): number {
    return this.world.requests;
  }

  get time(): number {
    return this.world.time;
  }

  isUp(server: string): boolean {
    return this.up.has(server);
  }

  /**
   * Runs `count` requests. `beforeEach` hears the number and time of each
   * request before the learner's code sees it (the page names the request an
   * infinite loop was stuck on). Throws the learner's LearnerError.
   */
  step(count: number, beforeEach?: (request: number, time: number) => void): CartLabEvent[] {
    const events: CartLabEvent[] = [];
    const up = this.serverIds.filter((s) => this.up.has(s));
    for (let i = 0; i < count; i++) {
      const shopper = this.traffic.int(this.intent.length);
      const action = randomAction(this.traffic, this.intent[shopper]);
      this.intent[shopper] = applyAction(this.intent[shopper], action);
      const elapsed = this.traffic.range(1, 300);
      const server = up[this.next++ % up.length];
      beforeEach?.(this.world.requests + 1, this.world.time + elapsed);

      const mine = this.observers.yours.request(shopper, action);
      const got = this.world.handle(mine, `shopper ${shopper + 1}`, elapsed, server);
      this.note(events, 'yours', this.observers.yours.observe(shopper, mine, got.token, got.cart), shopper);

      const theirs = this.observers.baseline.request(shopper, action);
      const answer = this.baseline.handle(theirs, up);
      this.note(events, 'baseline', this.observers.baseline.observe(shopper, theirs, answer.token, answer.cart), shopper);
    }
    return events;
  }

  private note(events: CartLabEvent[], side: Side, mishap: Mishap | null, shopper: number) {
    if (mishap === null) return;
    const key = `${side}:${mishap}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    events.push(this.event(mishap, `${SIDE_NAME[side]} ${MISHAP_TEXT[mishap]} (shopper ${shopper + 1}, request ${this.world.requests}).`, side));
  }

  private event(kind: CartLabEvent['kind'], text: string, side?: Side): CartLabEvent {
    return { kind, ...(side ? { side } : {}), request: this.world.requests, time: this.world.time, text };
  }

  /** Takes a server down and wipes its memory, on both sides. The last server up cannot crash. */
  crash(server: string): CartLabEvent[] {
    if (!this.up.has(server) || this.up.size <= 1) return [];
    const held = this.baseline.held(server);
    this.up.delete(server);
    this.baseline.crash(server);
    this.reported.clear();
    return [this.event('crash', `${server} crashed at ${formatTime(this.world.time)}: its memory is gone, with ${held} sticky ${held === 1 ? 'cart' : 'carts'} of the baseline.`)];
  }

  /**
   * Brings a server back with empty memory and a fresh copy of the learner's
   * module (CartWorld boots it: the learner's top-level code and factory run
   * here, and may throw).
   */
  restart(server: string): CartLabEvent[] {
    if (this.up.has(server) || !this.serverIds.includes(server)) return [];
    this.world.crash(server);
    this.up.add(server);
    this.reported.clear();
    return [this.event('restart', `${server} is back with empty memory.`)];
  }

  snapshot(): CartLabSnapshot {
    return {
      requests: this.world.requests,
      time: this.world.time,
      servers: this.serverIds.map((id) => ({ id, up: this.up.has(id), baselineCarts: this.baseline.held(id) })),
      sides: { yours: { ...this.observers.yours.counts }, baseline: { ...this.observers.baseline.counts } },
    };
  }
}
