/**
 * The grader's ground truth for bounded loads: which keys are active (a
 * request within the last idleTimeoutMs), where each active key is bound,
 * and how many active keys each server holds. It checks every decision as it
 * happens: an active key keeps its server, and a new placement never lifts
 * the chosen server above ceil(loadFactor × activeKeys / N).
 */
import { formatTime } from '../../guard/describe';

interface Binding {
  /** null once its server left the set: the key is still active, but unbound. */
  server: string | null;
  last: number;
}

export interface Placement {
  fresh: boolean;
  /** The cap that applied to a fresh placement, and the server's load after it. */
  cap: number;
  load: number;
}

export class BoundedTruth {
  /** Insertion order = order of last request, so expiry only looks at the front. */
  private readonly bindings = new Map<string, Binding>();
  private readonly loads = new Map<string, number>();
  private servers: string[] = [];
  placements = 0;
  /** Highest max/mean of active keys per server right after a placement, once there are 4N+ active keys. */
  worstRatio = 0;

  constructor(
    readonly loadFactor: number,
    readonly idleTimeoutMs: number,
  ) {}

  get activeKeys(): number {
    return this.bindings.size;
  }

  loadOf(server: string): number {
    return this.loads.get(server) ?? 0;
  }

  loadMap(): ReadonlyMap<string, number> {
    return this.loads;
  }

  setServers(servers: readonly string[]): void {
    const next = new Set(servers);
    for (const binding of this.bindings.values()) if (binding.server !== null && !next.has(binding.server)) binding.server = null;
    for (const server of [...this.loads.keys()]) if (!next.has(server)) this.loads.delete(server);
    for (const server of servers) if (!this.loads.has(server)) this.loads.set(server, 0);
    this.servers = servers.slice();
  }

  /** Ends every session whose last request is idleTimeoutMs or more before `time`. */
  expire(time: number): void {
    for (const [key, binding] of this.bindings) {
      if (time - binding.last < this.idleTimeoutMs) break;
      this.bindings.delete(key);
      if (binding.server !== null) this.loads.set(binding.server, (this.loads.get(binding.server) ?? 1) - 1);
    }
  }

  /** The server an active key is bound to (in the current set), if any. */
  boundServer(key: string): string | null {
    return this.bindings.get(key)?.server ?? null;
  }

  /**
   * Records the learner's decision for `key` at `time` (after expire(time)).
   * Returns a message to the learner if the decision breaks a rule.
   */
  record(key: string, time: number, server: string, requestNumber: number): string | null {
    const binding = this.bindings.get(key);
    if (binding && binding.server !== null) {
      if (binding.server !== server) {
        return (
          `Request ${requestNumber} (t=${formatTime(time)}) from ${key} went to ${server}, but ${key} was active on ${binding.server} ` +
          `(its previous request was at t=${formatTime(binding.last)}, less than idleTimeoutMs = ${this.idleTimeoutMs} ms before), and ${binding.server} is still in the set. ` +
          'An active key keeps its server; only new keys (or keys whose server left) are placed.'
        );
      }
      this.bindings.delete(key);
      binding.last = time;
      this.bindings.set(key, binding);
      return null;
    }
    // A fresh placement: the key counts among the active keys from now on.
    if (binding) this.bindings.delete(key);
    this.bindings.set(key, { server, last: time });
    const load = (this.loads.get(server) ?? 0) + 1;
    this.loads.set(server, load);
    this.placements++;
    const m = this.bindings.size;
    const n = this.servers.length;
    const cap = Math.ceil((this.loadFactor * m) / n);
    // With a handful of keys max/mean says nothing (one key on five servers is 5.0).
    if (m >= 4 * n) {
      const ratio = (this.maxLoad() * n) / m;
      if (ratio > this.worstRatio) this.worstRatio = ratio;
    }
    if (load > cap) {
      return (
        `Request ${requestNumber} (t=${formatTime(time)}) placed the new key ${key} on ${server}, which then held ${load} active keys; ` +
        `with ${m} active keys over ${n} servers and loadFactor ${this.loadFactor}, no server may hold more than ceil(${this.loadFactor} × ${m} / ${n}) = ${cap}. ` +
        'When the home server is full, walk on to the next server (clockwise on the ring, or the next-best score) that is below the cap.'
      );
    }
    return null;
  }

  private maxLoad(): number {
    let max = 0;
    for (const server of this.servers) {
      const l = this.loads.get(server) ?? 0;
      if (l > max) max = l;
    }
    return max;
  }
}
