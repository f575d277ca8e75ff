/**
 * Small, readable models of the hashing schemes lesson 5 compares. They exist
 * so that figures.test.ts can recompute every number the lesson states: if the
 * prose and these models disagree, the test fails. Keys and server positions
 * are drawn from the seeded RNG, which stands in for an ideal hash function.
 */
import { mix32 } from '@/lib/sim/hash';
import type { Rng } from '@/lib/sim/random';

// The course's one finaliser (lib/sim/hash), re-exported for figures.test.ts.
export { mix32 };

/** `count` random 32-bit key hashes. */
export function randomKeys(rng: Rng, count: number): Uint32Array {
  const keys = new Uint32Array(count);
  for (let i = 0; i < count; i++) keys[i] = Math.floor(rng.next() * 2 ** 32);
  return keys;
}

/** Fraction of keys whose owner differs between two assignments. */
export function movedFraction(before: ArrayLike<number>, after: ArrayLike<number>): number {
  let moved = 0;
  for (let i = 0; i < before.length; i++) if (before[i] !== after[i]) moved++;
  return moved / before.length;
}

/** Largest share divided by the mean share. */
export function maxOverMean(counts: ArrayLike<number>): number {
  let max = 0;
  let sum = 0;
  for (let i = 0; i < counts.length; i++) {
    max = Math.max(max, counts[i]);
    sum += counts[i];
  }
  return max / (sum / counts.length);
}

export function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A hash ring: `pointsPerServer` random positions in [0, 1) for each server. */
export interface Ring {
  positions: Float64Array;
  owners: Int32Array;
}

export function buildRing(rng: Rng, servers: number, pointsPerServer: number): Ring {
  const points: Array<[number, number]> = [];
  for (let s = 0; s < servers; s++) {
    // Each server's points come from its own stream, so adding a server leaves the others' points where they were.
    const own = rng.fork(`server-${s}`);
    for (let p = 0; p < pointsPerServer; p++) points.push([own.next(), s]);
  }
  points.sort((a, b) => a[0] - b[0]);
  return {
    positions: Float64Array.from(points, (p) => p[0]),
    owners: Int32Array.from(points, (p) => p[1]),
  };
}

/** Exact share of the circle each server owns: a point owns the arc that ends at it. */
export function ringShares(ring: Ring, servers: number): Float64Array {
  const shares = new Float64Array(servers);
  const n = ring.positions.length;
  for (let i = 0; i < n; i++) {
    const start = i === 0 ? ring.positions[n - 1] - 1 : ring.positions[i - 1];
    shares[ring.owners[i]] += ring.positions[i] - start;
  }
  return shares;
}

/** Index of the first ring point at or after x in [0, 1), wrapping past the top (binary search). */
export function firstPointAtOrAfter(ring: Ring, x: number): number {
  let lo = 0;
  let hi = ring.positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ring.positions[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo === ring.positions.length ? 0 : lo;
}

/** The server that owns a 32-bit key: the first point at or after it. */
export function ringLookup(ring: Ring, key: number): number {
  return ring.owners[firstPointAtOrAfter(ring, key / 2 ** 32)];
}

/** A stable 32-bit seed for a server id (ids are small non-negative integers). */
function serverSeed(id: number, salt: number): number {
  return mix32(Math.imul(id + 1, 0x9e3779b1) ^ salt);
}

/** Rendezvous (highest random weight): every server scores the key, the highest wins. */
export function rendezvous(key: number, serverIds: readonly number[]): number {
  let best = -1;
  let bestScore = -1;
  for (const id of serverIds) {
    const score = mix32(key ^ serverSeed(id, 0x2545f491));
    if (score > bestScore) {
      bestScore = score;
      best = id;
    }
  }
  return best;
}

const MASK64 = (1n << 64n) - 1n;

/** Jump consistent hash (Lamping & Veach 2014): a bucket in [0, buckets) from a 64-bit key. */
export function jumpHash(key: bigint, buckets: number): number {
  let k = key & MASK64;
  let b = -1;
  let j = 0;
  while (j < buckets) {
    b = j;
    k = (k * 2862933555777941757n + 1n) & MASK64;
    j = Math.floor((b + 1) * (2 ** 31 / (Number(k >> 33n) + 1)));
  }
  return b;
}

/**
 * Maglev's lookup table (Eisenbud et al. 2016): each server walks its own
 * permutation of the M slots, and servers take turns claiming the next free
 * slot, so every server ends up with M/N slots give or take one.
 */
export function maglevTable(serverIds: readonly number[], size: number): Int32Array {
  const table = new Int32Array(size).fill(-1);
  const offsets = serverIds.map((id) => serverSeed(id, 0x68e31da4) % size);
  const skips = serverIds.map((id) => (serverSeed(id, 0x5bd1e995) % (size - 1)) + 1);
  const next = serverIds.map(() => 0);
  let filled = 0;
  while (true) {
    for (let i = 0; i < serverIds.length; i++) {
      let slot = (offsets[i] + next[i] * skips[i]) % size;
      while (table[slot] >= 0) {
        next[i]++;
        slot = (offsets[i] + next[i] * skips[i]) % size;
      }
      table[slot] = serverIds[i];
      next[i]++;
      if (++filled === size) return table;
    }
  }
}

/** Throws `balls` into `bins`, each ball going to the least loaded of `choices` random bins; returns the max load. */
export function ballsIntoBins(rng: Rng, balls: number, bins: number, choices: number): number {
  const load = new Int32Array(bins);
  let max = 0;
  for (let i = 0; i < balls; i++) {
    let best = rng.int(bins);
    for (let c = 1; c < choices; c++) {
      const other = rng.int(bins);
      if (load[other] < load[best]) best = other;
    }
    max = Math.max(max, ++load[best]);
  }
  return max;
}
