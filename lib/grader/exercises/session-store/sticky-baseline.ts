import { LoadSeriesBuilder } from '../../kit/load-series';
import type { LoadSeries } from '../../types';
import type { Cart } from './cart';

/**
 * What a sticky, in-memory design would have lost on the same traffic: each
 * user's cart lives on the server of its first request, and a crash of that
 * server loses every non-empty cart on it.
 */
export class StickyBaseline {
  private readonly home = new Map<number, string>();
  private readonly holding = new Map<string, Set<number>>();
  lost = 0;
  private readonly series: LoadSeriesBuilder;

  constructor(servers: readonly string[], everyMs: number) {
    for (const s of servers) this.holding.set(s, new Set());
    this.series = new LoadSeriesBuilder('carts a sticky in-memory server would hold', everyMs);
  }

  /** Records that `user`, now with `cart`, was served; a user without a home gets the server that served it. */
  served(user: number, server: string, cart: Readonly<Cart>): void {
    let home = this.home.get(user);
    if (home === undefined) {
      home = server;
      this.home.set(user, home);
    }
    const set = this.holding.get(home) as Set<number>;
    if (Object.keys(cart).length > 0) set.add(user);
    else set.delete(user);
  }

  crash(server: string, time: number): void {
    const set = this.holding.get(server) as Set<number>;
    this.lost += set.size;
    this.series.event({ time, kind: 'fail', server, label: `${server} crashes: ${set.size} sticky carts lost` });
    for (const user of set) this.home.delete(user);
    set.clear();
  }

  sample(time: number): void {
    const loads = new Map<string, number>();
    for (const [s, set] of this.holding) loads.set(s, set.size);
    this.series.sample(time, loads);
  }

  build(): LoadSeries {
    return this.series.build();
  }
}
