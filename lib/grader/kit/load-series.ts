/**
 * Builds the compact LoadSeries the exercise page charts. Scenarios call
 * `sample(time, loadOf)` as simulated time passes; samples closer than
 * `interval` are skipped so a series stays at a few hundred points.
 */
import type { ChartEvent, LoadSeries } from '../types';

export class LoadSeriesBuilder {
  private readonly servers: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly times: number[] = [];
  private readonly load: number[][] = [];
  private readonly events: ChartEvent[] = [];
  private lastSample = -Infinity;

  constructor(
    private readonly unit: string,
    private readonly interval: number,
  ) {}

  private row(server: string): number[] {
    let i = this.index.get(server);
    if (i === undefined) {
      i = this.servers.length;
      this.index.set(server, i);
      this.servers.push(server);
      // A server that appears late had no load before it existed.
      this.load.push(new Array(this.times.length).fill(0));
    }
    return this.load[i];
  }

  /** Records loads at `time` if at least `interval` passed since the last sample. */
  sample(time: number, loads: ReadonlyMap<string, number> | Record<string, number>, force = false): void {
    if (!force && time - this.lastSample < this.interval) return;
    this.lastSample = time;
    const entries = loads instanceof Map ? [...loads.entries()] : Object.entries(loads);
    for (const [server] of entries) this.row(server);
    this.times.push(time);
    const seen = new Map(entries);
    for (let i = 0; i < this.servers.length; i++) this.load[i].push(seen.get(this.servers[i]) ?? 0);
  }

  event(event: ChartEvent): void {
    this.events.push(event);
  }

  build(): LoadSeries {
    return { unit: this.unit, servers: this.servers.slice(), times: this.times.slice(), load: this.load.map((r) => r.slice()), events: this.events.slice() };
  }
}
