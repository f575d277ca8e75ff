/**
 * The world a cart service lives in: a shared store, and servers that each
 * run their own copy of the learner's module (a process) with their own RAM.
 * Requests are spread round-robin, whoever the user is; a crash wipes a
 * server's memory and restarts its process from a fresh module.
 */
import { callLearner, createInstance, requireMethod } from '../../guard/call';
import { clip, describeValue, formatTime } from '../../guard/describe';
import { LearnerError, type ScenarioContext } from '../../scenario';
import { describeAction, type Cart, type CartRequestData } from './cart';

/** Browsers keep at most 4096 bytes per cookie (RFC 6265 §6.1): a longer token would be dropped. */
const MAX_TOKEN_LENGTH = 4096;

interface Server {
  id: string;
  memory: Map<string, unknown>;
  service: Record<string, unknown>;
  boots: number;
}

export interface Handled {
  token: string;
  cart: Cart;
  server: string;
  /** 1-based number of the request in the scenario, for messages. */
  number: number;
}

export class CartWorld {
  readonly data = new Map<string, string>();
  storeCalls = 0;
  requests = 0;
  time = 0;
  private next = 0;
  private readonly servers: Server[];
  readonly store: { get(key: string): string | undefined; set(key: string, value: string): void; delete(key: string): void };

  constructor(
    private readonly ctx: ScenarioContext,
    serverIds: readonly string[],
  ) {
    const data = this.data;
    const count = () => this.storeCalls++;
    const checkKey = (method: string, key: unknown) => {
      if (typeof key !== 'string') throw new TypeError(`store.${method}(key): the key must be a string, got ${describeValue(key)}`);
    };
    this.store = Object.freeze({
      get(key: string) {
        count();
        checkKey('get', key);
        return data.get(key);
      },
      set(key: string, value: string) {
        count();
        checkKey('set', key);
        if (typeof value !== 'string') throw new TypeError(`store.set("${clip(String(key), 30)}", value): the value must be a string (use JSON.stringify), got ${describeValue(value)}`);
        data.set(key, value);
      },
      delete(key: string) {
        count();
        checkKey('delete', key);
        data.delete(key);
      },
    });
    this.servers = serverIds.map((id) => ({ id, memory: new Map(), service: this.boot(), boots: 1 }));
  }

  get serverIds(): string[] {
    return this.servers.map((s) => s.id);
  }

  private boot(): Record<string, unknown> {
    const service = createInstance(this.ctx.freshModule(), 'createCartService', [this.store]);
    requireMethod(service, 'handle', 'createCartService(store)');
    return service;
  }

  private serverNamed(serverId: string): Server {
    const server = this.servers.find((s) => s.id === serverId);
    if (!server) throw new Error(`no server ${serverId}`);
    return server;
  }

  /** The server's RAM is wiped and its process restarts from a fresh copy of the module. */
  crash(serverId: string): void {
    const server = this.serverNamed(serverId);
    server.memory = new Map();
    server.service = this.boot();
    server.boots++;
  }

  /** The server the next request will reach (round robin). */
  peekServer(): string {
    return this.servers[this.next % this.servers.length].id;
  }

  /**
   * Sends `request` to the next server in round robin, or to `onServer`
   * when given (the cart lab routes around servers that are down).
   */
  handle(request: CartRequestData, who: string, elapsedMs = 100, onServer?: string): Handled {
    const server = onServer === undefined ? this.servers[this.next++ % this.servers.length] : this.serverNamed(onServer);
    this.time += elapsedMs;
    const number = ++this.requests;
    const context = { id: server.id, time: this.time, memory: server.memory };
    const on = () =>
      `request ${number} (t=${formatTime(this.time)}, ${who}, on ${server.id}, ${describeAction(request)}, ` +
      `${request.sessionToken === undefined ? 'no token' : `token ${JSON.stringify(clip(request.sessionToken, 40))}`})`;
    const response = callLearner(server.service, 'handle', [context, request], on);
    if (typeof response !== 'object' || response === null) {
      throw new LearnerError(`handle() must return { sessionToken, cart }, but returned ${describeValue(response)} on ${on()}.`);
    }
    const { sessionToken, cart } = response as Record<string, unknown>;
    if (typeof sessionToken !== 'string' || sessionToken.length === 0) {
      throw new LearnerError(`handle() returned a sessionToken of ${describeValue(sessionToken)}, not a non-empty string, on ${on()}.`);
    }
    if (sessionToken.length > MAX_TOKEN_LENGTH) {
      throw new LearnerError(`handle() returned a sessionToken of ${sessionToken.length} characters on ${on()}; a browser keeps at most 4096 bytes per cookie and would drop it.`);
    }
    if (typeof cart !== 'object' || cart === null || Array.isArray(cart)) {
      throw new LearnerError(`handle() returned a cart of ${describeValue(cart)}, not an object of item -> quantity, on ${on()}.`);
    }
    const copy: Cart = {};
    for (const item of Object.keys(cart)) {
      const q = (cart as Record<string, unknown>)[item];
      if (typeof q !== 'number' || !Number.isInteger(q) || q <= 0) {
        throw new LearnerError(
          `handle() returned a cart whose item ${JSON.stringify(clip(item, 30))} has quantity ${describeValue(q)} on ${on()}; quantities are positive integers (an item at 0 leaves the cart).`,
        );
      }
      copy[item] = q;
    }
    return { token: sessionToken, cart: copy, server: server.id, number };
  }
}
