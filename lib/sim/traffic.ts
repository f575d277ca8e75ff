/**
 * Seeded traffic on a virtual clock, produced one request at a time
 * (step-driven, so the grader and an interactive lab can both drive it).
 * Sessions arrive as a Poisson process; each picks a user by popularity,
 * sends a geometric number of requests separated by exponential think times.
 * Mobile users change address now and then; forgers send made-up cookies.
 */
import { EventQueue } from './event-queue';
import type { Population, SimUser } from './population';
import type { Rng } from './random';

export interface TrafficSpec {
  /** Mean new sessions per second of simulated time. */
  sessionsPerSecond: number;
  meanRequestsPerSession: number;
  meanThinkMs: number;
  /** No session starts after this time; the ones running finish. */
  durationMs: number;
  /** Chance, per request of a mobile user, that its address changed since the last one. */
  addressChangeChance?: number;
  /** Chance, per request of a forger, that it sends forged cookies instead of its own. */
  forgeChance?: number;
}

export interface SimRequest {
  /** Integer milliseconds: never decreases. */
  time: number;
  user: SimUser;
  /** Serial number of the traffic session this request belongs to. */
  session: number;
  /** The first request of its traffic session. */
  first: boolean;
  /** The client replaces its cookies with forged ones on this request. */
  forged: boolean;
}

interface Pending {
  user: SimUser;
  session: number;
  left: number;
  first: boolean;
}

export class Traffic {
  private readonly queue = new EventQueue<Pending>();
  private sessions = 0;
  private nextArrival = 0;

  constructor(
    private readonly rng: Rng,
    private readonly population: Population,
    private readonly spec: TrafficSpec,
  ) {}

  /** Time of the next request, or Infinity when traffic is over. */
  peekTime(): number {
    this.settleArrivals();
    return this.queue.peekTime();
  }

  next(): SimRequest | null {
    this.settleArrivals();
    const entry = this.queue.pop();
    if (!entry) return null;
    const pending = entry.item;
    const { user } = pending;
    if (user.ip === '') user.ip = this.population.addresses.next();
    else if (user.mobile && !pending.first && this.rng.chance(this.spec.addressChangeChance ?? 0.2)) {
      user.ip = this.population.addresses.next();
    }
    const first = pending.first;
    if (pending.left > 1) {
      const think = Math.max(1, Math.round(this.rng.exponential(this.spec.meanThinkMs)));
      // The same record goes back on the agenda: no allocation per request.
      pending.left--;
      pending.first = false;
      this.queue.push(entry.time + think, pending);
    }
    return {
      time: entry.time,
      user,
      session: pending.session,
      first,
      forged: user.forger && this.rng.chance(this.spec.forgeChance ?? 0.3),
    };
  }

  /** Starts every session due no later than the earliest queued request. */
  private settleArrivals(): void {
    while (this.nextArrival <= this.spec.durationMs && this.nextArrival <= this.queue.peekTime()) {
      const time = this.nextArrival;
      const user = this.population.pick(this.rng);
      // Geometric number of requests with the given mean (at least one).
      const p = 1 / Math.max(1, this.spec.meanRequestsPerSession);
      const extra = p >= 1 ? 0 : Math.floor(Math.log(1 - this.rng.next()) / Math.log(1 - p));
      this.queue.push(time, { user, session: this.sessions++, left: 1 + extra, first: true });
      this.nextArrival = time + Math.max(1, Math.round(this.rng.exponential(1000 / this.spec.sessionsPerSecond)));
    }
  }
}
