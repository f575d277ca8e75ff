/**
 * The server pool and its events over time: fail and recover (temporarily
 * out of the set), scale-out (a new server joins), remove (leaves for good),
 * drain (stays in the set but should take no new sessions).
 */
export type ServerEventKind = 'fail' | 'recover' | 'scale-out' | 'remove' | 'drain';

export interface ServerEvent {
  time: number;
  kind: ServerEventKind;
  server: string;
}

export function serverIds(count: number, from = 1, prefix = 'app-'): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${from + i}`);
}

const NO_EVENTS: readonly ServerEvent[] = Object.freeze([]);

export class ServerPool {
  private readonly inSet: string[];
  private readonly draining = new Set<string>();
  private readonly pending: ServerEvent[];
  /** Every server that was ever in the pool, in order of appearance. */
  readonly everSeen: string[];

  constructor(initial: readonly string[], events: readonly ServerEvent[] = []) {
    this.inSet = initial.slice();
    this.everSeen = initial.slice();
    this.pending = events.slice().sort((a, b) => a.time - b.time);
  }

  /** Servers able to take traffic now (draining ones included). */
  get servers(): readonly string[] {
    return this.inSet;
  }

  isDraining(server: string): boolean {
    return this.draining.has(server);
  }

  nextEventTime(): number {
    return this.pending.length ? this.pending[0].time : Infinity;
  }

  /** Applies every event due at or before `time`, in order, and returns them. */
  advance(time: number): readonly ServerEvent[] {
    // Called once per simulated request: no allocation when nothing is due.
    if (this.pending.length === 0 || this.pending[0].time > time) return NO_EVENTS;
    const applied: ServerEvent[] = [];
    while (this.pending.length && this.pending[0].time <= time) {
      const event = this.pending.shift()!;
      this.apply(event);
      applied.push(event);
    }
    return applied;
  }

  private apply({ kind, server }: ServerEvent): void {
    const at = this.inSet.indexOf(server);
    if (kind === 'fail' || kind === 'remove') {
      if (at >= 0) this.inSet.splice(at, 1);
      if (kind === 'remove') this.draining.delete(server);
    } else if (kind === 'recover' || kind === 'scale-out') {
      if (at < 0) this.inSet.push(server);
      if (!this.everSeen.includes(server)) this.everSeen.push(server);
    } else if (kind === 'drain') {
      this.draining.add(server);
    }
  }
}
