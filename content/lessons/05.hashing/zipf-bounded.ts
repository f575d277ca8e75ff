/**
 * The hot-users experiment behind lesson 5's bounded-loads figures, in the
 * paper's model (Mirrokni, Thorup and Zadimoghaddam): each user (key) is
 * placed once when it becomes active, on its home server on the ring or, if
 * that server is at the cap ⌈c·m/n⌉ for m active keys over n servers, on the
 * next server clockwise with room; it then stays there while it is active.
 * This is not what HAProxy or Envoy do (they cap requests in progress and
 * spill per request); the lesson says so next to the figures.
 *
 * Popularity is the course's Zipf population (lib/sim/population.ts), so the
 * hot users here are the ones the lab's "hot users" mix draws. Everything is
 * a pure function of the fixed seed below: figures.ts records the results and
 * figures.test.ts reruns them. The closed form for the top user's share,
 * zipfTopShare, lives in figures.ts with the other closed forms.
 */
import { createPopulation } from '@/lib/sim/population';
import { createRng } from '@/lib/sim/random';
import { buildRing, firstPointAtOrAfter, mix32 } from './hash-models';

export const ZIPF_SETUP = {
  users: 2000,
  zipfS: 1.1,
  servers: 10,
  pointsPerServer: 100,
  /** Requests drawn per tick, in proportion to popularity. */
  requestsPerTick: 200,
  ticks: 600,
  /** Ticks measured only after this warm-up, once the active set is steady. */
  warmupTicks: 60,
  /** A user with no request for this many ticks is no longer active, and is placed afresh next time. */
  idleTicks: 30,
  seed: 2016,
} as const;

export interface ZipfRun {
  /** Mean over measured ticks of (busiest server's requests in the tick) / (mean per server). */
  meanMaxOverMean: number;
  /** 99th percentile of the same per-tick ratio. */
  p99MaxOverMean: number;
  /** Mean over measured ticks of the busiest server's active keys over the mean: what the cap bounds. */
  keysMaxOverMean: number;
  /** Share of requests served by the key's home server on the ring. */
  homeShare: number;
}

/**
 * One run with load factor c (Infinity for a plain ring). The same seed gives
 * the same population, ring and request sequence for every c, so the runs
 * differ only in placement.
 */
export function zipfBoundedRun(c: number): ZipfRun {
  const S = ZIPF_SETUP;
  const root = createRng(S.seed);
  const population = createPopulation(root.fork('population'), { users: S.users, zipfS: S.zipfS });
  const ring = buildRing(root.fork('ring'), S.servers, S.pointsPerServer);
  const draws = root.fork('requests');
  const keyHash = (user: number) => (mix32(user + 1) >>> 0) / 2 ** 32;
  const home = Int32Array.from({ length: S.users }, (_, u) => ring.owners[firstPointAtOrAfter(ring, keyHash(u))]);

  const boundTo = new Int32Array(S.users).fill(-1);
  const lastSeen = new Int32Array(S.users).fill(-1);
  const activeKeys = new Int32Array(S.servers);
  let active = 0;
  const ratios: number[] = [];
  let keyRatioSum = 0;
  let measured = 0;
  let atHome = 0;

  for (let tick = 0; tick < S.ticks; tick++) {
    // Keys idle for idleTicks leave the active set and free their place.
    for (let u = 0; u < S.users; u++) {
      if (boundTo[u] >= 0 && tick - lastSeen[u] >= S.idleTicks) {
        activeKeys[boundTo[u]]--;
        boundTo[u] = -1;
        active--;
      }
    }
    const perServer = new Int32Array(S.servers);
    for (let r = 0; r < S.requestsPerTick; r++) {
      const u = population.pick(draws).id;
      if (boundTo[u] < 0) {
        active++;
        const cap = Math.ceil((c * active) / S.servers);
        let i = firstPointAtOrAfter(ring, keyHash(u));
        // Walk clockwise to the first server below the cap (the home server when it has room).
        while (activeKeys[ring.owners[i]] >= cap) i = (i + 1) % ring.positions.length;
        boundTo[u] = ring.owners[i];
        activeKeys[boundTo[u]]++;
      }
      lastSeen[u] = tick;
      perServer[boundTo[u]]++;
      if (tick >= S.warmupTicks) {
        measured++;
        if (boundTo[u] === home[u]) atHome++;
      }
    }
    if (tick >= S.warmupTicks) {
      let max = 0;
      for (const n of perServer) if (n > max) max = n;
      ratios.push(max / (S.requestsPerTick / S.servers));
      let maxKeys = 0;
      for (const n of activeKeys) if (n > maxKeys) maxKeys = n;
      keyRatioSum += maxKeys / (active / S.servers);
    }
  }
  ratios.sort((a, b) => a - b);
  return {
    meanMaxOverMean: ratios.reduce((a, b) => a + b, 0) / ratios.length,
    p99MaxOverMean: ratios[Math.min(ratios.length - 1, Math.floor(0.99 * ratios.length))],
    keysMaxOverMean: keyRatioSum / ratios.length,
    homeShare: atHome / measured,
  };
}
