/**
 * The scenario-wide measurements of cookie affinity: how even the active
 * sessions are (max/mean), and how fast a server added by scale-out catches
 * up with the others. Draining servers are left out of both: they are meant
 * to empty.
 */
import type { ServerEvent, ServerPool } from '../../../sim/servers';
import { max, mean, round } from '../stats';
import { formatTime } from '../../guard/describe';
import type { Metrics } from '../../types';
import type { AffinitySpec } from './spec';

export class AffinityMeasures {
  private worstRatio = 1;
  private worstAt = 0;
  private newSessions = 0;
  private stickyRequests = 0;
  private joined: { server: string; at: number; caughtUpAt: number | null } | null = null;

  constructor(
    private readonly spec: AffinitySpec,
    private readonly pool: ServerPool,
  ) {}

  onSetChange(event: ServerEvent, time: number): void {
    if (event.kind === 'scale-out' && this.spec.catchUp && !this.joined) this.joined = { server: event.server, at: time, caughtUpAt: null };
  }

  onNewSession(): void {
    this.newSessions++;
  }

  onSticky(): void {
    this.stickyRequests++;
  }

  /** Called before each request; returns a failure message when a bound is broken. */
  sample(time: number, counts: ReadonlyMap<string, number>): string | null {
    const loads = this.pool.servers.filter((s) => !this.pool.isDraining(s)).map((s) => counts.get(s) ?? 0);
    const avg = mean(loads);
    const { balance, catchUp } = this.spec;
    if (balance && time >= balance.from && time <= this.spec.traffic.durationMs && avg >= balance.minMean) {
      const ratio = max(loads) / avg;
      if (ratio > this.worstRatio) {
        this.worstRatio = ratio;
        this.worstAt = time;
      }
    }
    if (this.joined && this.joined.caughtUpAt === null && catchUp && avg > 0) {
      if ((counts.get(this.joined.server) ?? 0) >= catchUp.share * avg) this.joined.caughtUpAt = time;
      else if (time - this.joined.at > catchUp.withinMs) {
        return (
          `${this.joined.server} joined at t=${formatTime(this.joined.at)} but ${formatTime(catchUp.withinMs)} later it held ` +
          `${counts.get(this.joined.server) ?? 0} active sessions against a mean of ${round(avg, 1)}: it should reach ` +
          `${Math.round(catchUp.share * 100)}% of the mean within half a mean session life. New sessions belong on the emptiest server.`
        );
      }
    }
    return null;
  }

  finish(): string | null {
    const { balance } = this.spec;
    if (balance && this.worstRatio > balance.limit) {
      return (
        `Active sessions per server were uneven: max/mean reached ${round(this.worstRatio)} at t=${formatTime(this.worstAt)} ` +
        `(limit ${balance.limit}). Place each new session on the server with the fewest active sessions, whatever the client's address.`
      );
    }
    return null;
  }

  summary(): string {
    const parts: string[] = [];
    if (this.spec.balance) parts.push(` Worst max/mean active sessions: ${round(this.worstRatio)}.`);
    if (this.joined?.caughtUpAt != null) parts.push(` ${this.joined.server} caught up ${formatTime(this.joined.caughtUpAt - this.joined.at)} after joining.`);
    return parts.join('');
  }

  metrics(requests: number): Metrics {
    const m: Metrics = { 'requests routed': requests, 'new sessions': this.newSessions, 'sticky requests kept': this.stickyRequests };
    if (this.spec.balance) m['max/mean active sessions'] = round(this.worstRatio);
    if (this.joined) {
      m['new server catch-up (s)'] = this.joined.caughtUpAt === null ? 'not yet' : round((this.joined.caughtUpAt - this.joined.at) / 1000, 1);
    }
    return m;
  }
}
