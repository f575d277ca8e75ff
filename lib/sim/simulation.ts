/**
 * A whole simulation behind one object, for interactive use (a lesson's lab,
 * a figure reproduced in a test): seeded traffic, server events and any
 * balancer, advanced request by request on the virtual clock. Ground truth is
 * kept per user, whatever the balancer does: which server holds each user's
 * live session, how many live sessions each server holds, and how many times
 * a live session was sent to another server (its state lost).
 */
import { CookieJars } from './cookie-jar';
import { createPopulation, type PopulationSpec } from './population';
import { createRng } from './random';
import { ServerPool, type ServerEvent } from './servers';
import { SessionBook } from './session-book';
import { Traffic, type TrafficSpec } from './traffic';

export interface SimRequestView {
  readonly time: number;
  readonly clientIp: string;
  readonly cookies: Readonly<Record<string, string>>;
}

/** Any balancer the lab runs: the learner-facing contract, trusted. */
export interface SimBalancer {
  setServers(servers: readonly string[]): void;
  route(request: SimRequestView): { server: string; setCookies?: Record<string, string> };
  drain?(server: string): void;
}

export interface SimulationConfig {
  seed: number;
  servers: string[];
  events?: ServerEvent[];
  population: PopulationSpec;
  traffic: TrafficSpec;
  idleTimeoutMs: number;
}

export interface SimStep {
  time: number;
  userId: number;
  request: SimRequestView;
  server: string;
  /** The user's live session was on another server that is still up: its state is lost. */
  broken: boolean;
  events: ServerEvent[];
}

export interface SimSnapshot {
  time: number;
  requests: number;
  brokenSessions: number;
  servers: { id: string; activeSessions: number; requests: number; draining: boolean }[];
}

export class Simulation {
  private readonly traffic: Traffic;
  private readonly pool: ServerPool;
  private readonly book: SessionBook;
  private readonly jars = new CookieJars();
  private readonly requestsBy = new Map<string, number>();
  private requests = 0;
  private broken = 0;
  private time = 0;

  constructor(
    config: SimulationConfig,
    private readonly balancer: SimBalancer,
  ) {
    const rng = createRng(config.seed);
    this.traffic = new Traffic(rng.fork('traffic'), createPopulation(rng.fork('population'), config.population), config.traffic);
    this.pool = new ServerPool(config.servers, config.events ?? []);
    this.book = new SessionBook(config.idleTimeoutMs);
    balancer.setServers(this.pool.servers.slice());
  }

  /** Routes the next request; null when the traffic is over. */
  step(): SimStep | null {
    const next = this.traffic.next();
    if (!next) return null;
    const { time, user } = next;
    this.time = time;
    const events = this.pool.advance(time);
    for (const event of events) {
      if (event.kind === 'drain') {
        this.balancer.drain?.(event.server);
        continue;
      }
      if (event.kind === 'fail' || event.kind === 'remove') this.book.endServer(event.server);
      this.balancer.setServers(this.pool.servers.slice());
    }
    this.book.expire(time);
    const keeps = user.cookieMode === 'keep';
    const request: SimRequestView = { time, clientIp: user.ip, cookies: keeps ? this.jars.cookiesOf(user.id) : {} };
    const { server, setCookies } = this.balancer.route(request);
    this.jars.store(user.id, setCookies, keeps);
    const session = this.book.sessionOf(user.id);
    const broken = !!session && session.alive && session.server !== server;
    if (broken) this.broken++;
    if (session && session.alive && !broken) this.book.touch(session, time);
    else this.book.start(user.id, server, time);
    this.requests++;
    this.requestsBy.set(server, (this.requestsBy.get(server) ?? 0) + 1);
    return { time, userId: user.id, request, server, broken, events };
  }

  /** Steps until the next request would come after `time`; returns the steps taken. */
  runUntil(time: number): number {
    let steps = 0;
    while (this.traffic.peekTime() <= time && this.step()) steps++;
    return steps;
  }

  snapshot(): SimSnapshot {
    return {
      time: this.time,
      requests: this.requests,
      brokenSessions: this.broken,
      servers: this.pool.servers.map((id) => ({
        id,
        activeSessions: this.book.activeOn(id),
        requests: this.requestsBy.get(id) ?? 0,
        draining: this.pool.isDraining(id),
      })),
    };
  }
}
