/**
 * The course's one simulation engine, the lab's state over simulated time: the simulator's seeded users and
 * traffic (lib/sim) run through one strategy, with servers killed, added and
 * drained while it runs. Ground truth is kept per user in the simulator's
 * SessionBook: a session is lost when its server goes down holding it, or
 * when a request lands on a server that does not hold it. With the shared
 * session store, sessions live in the store and nothing is lost either way.
 *
 * The strategy is a built-in one, or any SimBalancer handed in (the
 * learner's code, run inside the lab worker): the same loop drives both.
 */
import { CookieJars } from '@/lib/sim/cookie-jar';
import { createPopulation, type Population, type SimUser } from '@/lib/sim/population';
import { createRng } from '@/lib/sim/random';
import { SessionBook } from '@/lib/sim/session-book';
import type { SimRequestView } from './balancer-contract';
import { Traffic } from '@/lib/sim/traffic';
import { eventMessage } from './messages';
import { mixSpecs, type MixId } from './mixes';
import type { LabEventKind, ScriptedEvent } from './presets';
import type { SimBalancer } from './balancer-contract';
import { createStrategy, customStrategy, type LabStrategy, type LabStrategyId } from './strategies';
import type { LabEventRecord, LabMetrics, LabSample } from './types';
import { WindowCounter } from './window-counter';

export interface LabConfig {
  seed: number;
  /** 'yours' needs the balancer as the model's second argument. */
  strategy: LabStrategyId;
  mix: MixId;
  servers: number;
  script?: ScriptedEvent[];
  idleTimeoutMs?: number;
  /** Traffic simulated before the lab opens, so it opens in a steady state. */
  warmupMs?: number;
  /** A draining server is removed when empty, or at this deadline with whatever it still holds. */
  drainDeadlineMs?: number;
}

export const MAX_SERVERS = 10;
/** Simulated traffic before the lab opens (request times count from the start of it). */
export const DEFAULT_WARMUP_MS = 60_000;
const STORE = 'shared store';
const HISTORY = 120;
const LOAD_WINDOW_MS = 10_000;

export class LabModel {
  readonly strategy: LabStrategy;
  private readonly population: Population;
  private readonly traffic: Traffic;
  private readonly book: SessionBook;
  private readonly jars = new CookieJars();
  private readonly load = new WindowCounter(LOAD_WINDOW_MS);
  private readonly warmupMs: number;
  private readonly drainDeadlineMs: number;
  private readonly script: { time: number; kind: LabEventKind; server?: string }[];
  private up: string[];
  private readonly draining = new Map<string, number>();
  private nextServer: number;
  private time = 0;
  private nextSample = 1000;
  private requests = 0;
  private lostWithServers = 0;
  private lostToRouting = 0;
  private keysMoved = 0;
  /**
   * For strategies whose routing cannot be asked (keyModel 'observed'): live
   * sessions at the last change of servers, with the server that held them,
   * waiting for their next request to show whether they moved.
   */
  private readonly watched = new Map<number, string>();
  private readonly history: LabSample[] = [];
  private readonly events: LabEventRecord[] = [];

  constructor(
    readonly config: LabConfig,
    custom?: SimBalancer,
  ) {
    const idle = config.idleTimeoutMs ?? 30_000;
    this.warmupMs = config.warmupMs ?? DEFAULT_WARMUP_MS;
    this.drainDeadlineMs = config.drainDeadlineMs ?? 120_000;
    const rng = createRng(config.seed);
    const { population, traffic } = mixSpecs(config.mix);
    this.population = createPopulation(rng.fork('population'), population);
    this.traffic = new Traffic(rng.fork('traffic'), this.population, traffic);
    this.book = new SessionBook(idle);
    if (config.strategy === 'yours') {
      if (!custom) throw new Error('The "yours" strategy needs a balancer.');
      this.strategy = customStrategy(custom);
    } else {
      this.strategy = createStrategy(config.strategy, idle);
    }
    this.up = Array.from({ length: config.servers }, (_, i) => `app-${i + 1}`);
    this.nextServer = config.servers + 1;
    this.strategy.balancer.setServers(this.up.slice());
    this.script = (config.script ?? [])
      // Rounded to the millisecond: live injections happen on whole milliseconds, so a replayed timeline lands exactly.
      .map((e) => ({ time: this.warmupMs + Math.round(e.afterSeconds * 1000), kind: e.kind, server: e.server }))
      .sort((a, b) => a.time - b.time);
    this.advanceTo(this.warmupMs);
  }

  /** Milliseconds since the lab opened (after the warm-up). */
  get elapsedMs(): number {
    return this.time - this.warmupMs;
  }

  get servers(): readonly string[] {
    return this.up;
  }

  /** Runs the simulation forward by `ms` of simulated time. */
  advanceBy(ms: number): void {
    this.advanceTo(this.time + ms);
  }

  /** Runs the simulation forward to `ms` after the lab opened (no-op if already there). */
  advanceToElapsed(ms: number): void {
    if (this.warmupMs + ms > this.time) this.advanceTo(this.warmupMs + ms);
  }

  private advanceTo(target: number): void {
    for (;;) {
      const scripted = this.script.length ? this.script[0].time : Infinity;
      const request = this.traffic.peekTime();
      const other = Math.min(this.nextSample, request);
      // A scripted event at time t comes after the requests and ticks at t,
      // exactly as a live inject() after advancing to t: a link that replays
      // a timeline of live events reproduces the run it came from.
      const t = scripted < other ? scripted : other;
      if (t > target) break;
      if (scripted < other) {
        const e = this.script.shift()!;
        this.time = t;
        this.apply(e.kind, e.server);
      } else if (t === this.nextSample) {
        this.time = t;
        this.book.expire(t);
        this.finishDrains();
        this.sample();
        this.nextSample += 1000;
      } else {
        this.step();
      }
    }
    this.time = target;
  }

  /** Kills, adds or drains a server now; returns what happened, or null if it cannot be done. */
  inject(kind: LabEventKind, server?: string): LabEventRecord | null {
    return this.apply(kind, server);
  }

  private step(): void {
    const next = this.traffic.next()!;
    const { time, user } = next;
    this.time = time;
    this.book.expire(time);
    const keeps = user.cookieMode === 'keep';
    const { server, setCookies } = this.strategy.balancer.route(this.requestOf(user, time));
    this.jars.store(user.id, setCookies, keeps);
    this.load.add(server, time);
    this.requests++;
    const session = this.book.sessionOf(user.id);
    const alive = !!session && session.alive;
    if (this.watched.size) this.observeLanding(user.id, alive, server);
    if (this.strategy.stateIn === 'store') {
      if (alive) this.book.touch(session, time);
      else this.book.start(user.id, STORE, time);
      return;
    }
    if (alive && session.server === server) {
      this.book.touch(session, time);
      return;
    }
    // The request reached a server that never saw this session: its state is missing there.
    if (alive) this.lostToRouting++;
    this.book.start(user.id, server, time);
  }

  /** Counts a watched session as moved if its first request since the change landed elsewhere. */
  private observeLanding(user: number, alive: boolean, server: string): void {
    const before = this.watched.get(user);
    if (before === undefined) return;
    this.watched.delete(user);
    if (alive && before !== server) this.keysMoved++;
  }

  private requestOf(user: SimUser, time: number): SimRequestView {
    return { time, clientIp: user.ip, cookies: user.cookieMode === 'keep' ? this.jars.cookiesOf(user.id) : {} };
  }

  private apply(kind: LabEventKind, requested?: string): LabEventRecord | null {
    if (kind === 'add') {
      if (this.up.length >= MAX_SERVERS) return null;
      const server = `app-${this.nextServer++}`;
      return this.change('add', server, () => this.up.push(server));
    }
    const server = requested ?? this.up.find((s) => !this.draining.has(s));
    if (!server || !this.up.includes(server) || this.up.length <= 1) return null;
    if (kind === 'kill') return this.change('kill', server, () => this.removeFromSet(server));
    if (this.draining.has(server)) return null;
    this.draining.set(server, this.time);
    this.strategy.balancer.drain?.(server);
    return this.record({ kind: 'drain', server, lost: 0, moved: 0, live: this.liveSessions() });
  }

  /** Applies a change of the server set and counts what it lost and moved. */
  private change(kind: LabEventRecord['kind'], server: string, mutate: () => void): LabEventRecord {
    this.book.expire(this.time);
    const live = this.population.users.filter((u) => this.book.sessionOf(u.id)?.alive);
    const bound = new Map(live.map((u) => [u.id, this.book.sessionOf(u.id)!.server]));
    let lost = 0;
    if (kind !== 'add') for (const u of live) if (bound.get(u.id) === server) lost++;
    mutate();
    this.strategy.balancer.setServers(this.up.slice());
    let moved: number | null = null;
    if (this.strategy.keyModel === 'bound') moved = lost;
    if (this.strategy.keyModel === 'observed') {
      // The removed server's sessions move for certain; the others show it on their next request.
      this.keysMoved += lost;
      this.watched.clear();
      for (const u of live) if (bound.get(u.id) !== server) this.watched.set(u.id, bound.get(u.id)!);
    }
    if (this.strategy.keyModel === 'route') {
      moved = 0;
      for (const u of live) if (this.strategy.ownerOf!(this.requestOf(u, this.time)) !== bound.get(u.id)) moved++;
    }
    if (kind !== 'add') this.book.endServer(server);
    this.lostWithServers += lost;
    this.keysMoved += moved ?? 0;
    return this.record({ kind, server, lost, moved, live: live.length });
  }

  private removeFromSet(server: string): void {
    this.up = this.up.filter((s) => s !== server);
    this.draining.delete(server);
  }

  private finishDrains(): void {
    if (!this.draining.size) return;
    const counts = this.currentCounts();
    for (const [server, since] of [...this.draining]) {
      if (!counts.get(server) || this.time - since >= this.drainDeadlineMs) {
        this.change('removed', server, () => this.removeFromSet(server));
      }
    }
  }

  private record(e: Omit<LabEventRecord, 'at' | 'message'>): LabEventRecord {
    const full: LabEventRecord = { ...e, at: this.elapsedMs, message: '' };
    full.message = eventMessage(full, this.strategy);
    this.events.push(full);
    return full;
  }

  /**
   * Live sessions per holder, counting each user's current session only. The
   * book also keeps a user's earlier session alive until it idles out (the
   * balancer cannot know it was abandoned), but once a request has landed
   * elsewhere that state is already counted as lost, so it is not shown again.
   */
  private currentCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const u of this.population.users) {
      const s = this.book.sessionOf(u.id);
      if (s?.alive) counts.set(s.server, (counts.get(s.server) ?? 0) + 1);
    }
    return counts;
  }

  private liveSessions(): number {
    let n = 0;
    for (const c of this.currentCounts().values()) n += c;
    return n;
  }

  private sample(): void {
    const { maxOverMean } = this.loadSpread();
    this.history.push({ t: Math.round(this.elapsedMs / 1000), maxOverMean, sessionsLost: this.lostWithServers + this.lostToRouting });
    if (this.history.length > HISTORY) this.history.shift();
  }

  private loadSpread(): { maxOverMean: number; meanRate: number } {
    this.load.advance(this.time);
    const rates = this.up.map((s) => this.load.rate(s));
    const mean = rates.reduce((a, b) => a + b, 0) / rates.length;
    return { maxOverMean: mean > 0 ? Math.max(...rates) / mean : 0, meanRate: mean };
  }

  metrics(): LabMetrics {
    const { maxOverMean, meanRate } = this.loadSpread();
    this.book.expire(this.time);
    const current = this.currentCounts();
    const servers = this.up.map((id) => ({ id, draining: this.draining.has(id), rate: this.load.rate(id), sessions: current.get(id) ?? 0 }));
    const counts = servers.map((s) => s.sessions);
    const meanSessions = counts.reduce((a, b) => a + b, 0) / counts.length;
    return {
      elapsedMs: this.elapsedMs,
      requests: this.requests,
      servers,
      storeSessions: current.get(STORE) ?? 0,
      liveSessions: [...current.values()].reduce((a, b) => a + b, 0),
      sessionsLost: this.lostWithServers + this.lostToRouting,
      lostWithServers: this.lostWithServers,
      lostToRouting: this.lostToRouting,
      keysMoved: this.strategy.keyModel === 'none' ? null : this.keysMoved,
      maxOverMean,
      sessionsMaxOverMean: meanSessions > 0 ? Math.max(...counts) / meanSessions : 0,
      meanRate,
      history: this.history.slice(),
      events: this.events.slice(-5),
    };
  }
}
