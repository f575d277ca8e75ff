/**
 * The experiments behind lesson 5's measured figures, each a pure function of
 * fixed seeds over the models in hash-models.ts. figures.ts records their
 * results as the lesson prints them, and figures.test.ts reruns every one and
 * fails if a recorded figure no longer matches: the prose, the record and the
 * experiment cannot drift apart.
 */
import { createRng } from '@/lib/sim/random';
import {
  ballsIntoBins,
  buildRing,
  jumpHash,
  maglevTable,
  maxOverMean,
  median,
  mix32,
  movedFraction,
  randomKeys,
  rendezvous,
  ringLookup,
  ringShares,
  type Ring,
} from './hash-models';

/** 100,000 random key hashes from one fixed seed, shared by every experiment. */
export const KEY_COUNT = 100_000;
export function sampleKeys(): Uint32Array {
  return randomKeys(createRng(2024), KEY_COUNT);
}

const TEN = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

function quantile(values: number[], q: number): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/**
 * Ten servers with v random points each, over `seeds` rings: the busiest
 * server's share over the mean (median, mean and 99th percentile across rings) and
 * the median coefficient of variation of the shares. Shares are exact arc
 * lengths, so no key-counting noise is added.
 */
export function ringBalance(pointsPerServer: number, seeds = 201) {
  const ratios: number[] = [];
  const cvs: number[] = [];
  for (let seed = 0; seed < seeds; seed++) {
    const shares = ringShares(buildRing(createRng(1000 + seed), 10, pointsPerServer), 10);
    ratios.push(maxOverMean(shares));
    const variance = shares.reduce((sum, x) => sum + (x - 0.1) ** 2, 0) / 10;
    cvs.push(Math.sqrt(variance) / 0.1);
  }
  return {
    median: median(ratios),
    mean: ratios.reduce((a, b) => a + b, 0) / ratios.length,
    p99: quantile(ratios, 0.99),
    cv: median(cvs),
  };
}

function owners(ring: Ring, keys: Uint32Array): Int32Array {
  return Int32Array.from(keys, (k) => ringLookup(ring, k));
}

/** A ring of 10 servers × 100 points: keys moved by adding an 11th server, and by removing server 3. */
export function ringChurn(keys = sampleKeys()) {
  const ten = buildRing(createRng(7), 10, 100);
  const eleven = buildRing(createRng(7), 11, 100);
  const before = owners(ten, keys);
  const grown = owners(eleven, keys);
  // Removing server 3 is the ten-server ring without server 3's points.
  const keep = Array.from(ten.owners, (owner) => owner !== 3);
  const nine: Ring = {
    positions: ten.positions.filter((_, i) => keep[i]),
    owners: ten.owners.filter((_, i) => keep[i]),
  };
  const shrunk = owners(nine, keys);
  let addedNotToNew = 0;
  let removedNotFromGone = 0;
  for (let i = 0; i < keys.length; i++) {
    if (grown[i] !== before[i] && grown[i] !== 10) addedNotToNew++;
    if (shrunk[i] !== before[i] && before[i] !== 3) removedNotFromGone++;
  }
  return {
    movedOnAdd: movedFraction(before, grown),
    movedOnRemove: movedFraction(before, shrunk),
    addedNotToNew,
    removedNotFromGone,
  };
}

/** Rendezvous over ten servers: balance of 100,000 keys, and keys moved when server 3 leaves. */
export function rendezvousStats(keys = sampleKeys()) {
  const all = Array.from(keys, (k) => rendezvous(k, TEN));
  const counts = new Array<number>(10).fill(0);
  for (const server of all) counts[server]++;
  const without3 = Array.from(keys, (k) => rendezvous(k, TEN.filter((s) => s !== 3)));
  let movedNotFrom3 = 0;
  for (let i = 0; i < keys.length; i++) if (all[i] !== without3[i] && all[i] !== 3) movedNotFrom3++;
  return { maxOverMean: maxOverMean(counts), movedOnRemove: movedFraction(all, without3), movedNotFrom3 };
}

/** Jump hash, 20,000 64-bit keys: the share moved going from 10 to 11 buckets, and how many of those did not land in bucket 10. */
export function jumpGrowth(keys = sampleKeys()) {
  const keys64 = Array.from(keys.subarray(0, 20_000), (k) => (BigInt(k) << 32n) | BigInt(mix32(k)));
  const a = keys64.map((k) => jumpHash(k, 10));
  const b = keys64.map((k) => jumpHash(k, 11));
  let notToNew = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && b[i] !== 10) notToNew++;
  return { moved: movedFraction(a, b), notToNew };
}

export const MAGLEV_TABLE = 65_537;

/** Maglev over ten servers (M = 65,537): slot spread, and keys moved when server 3 leaves, in total and between servers that stayed (both as shares of all keys). */
export function maglevStats(keys = sampleKeys()) {
  const full = maglevTable(TEN, MAGLEV_TABLE);
  const slots = new Array<number>(10).fill(0);
  for (const server of full) slots[server]++;
  const smaller = maglevTable(TEN.filter((s) => s !== 3), MAGLEV_TABLE);
  let moved = 0;
  let betweenStayers = 0;
  for (const key of keys) {
    const before = full[key % MAGLEV_TABLE];
    if (before !== smaller[key % MAGLEV_TABLE]) {
      moved++;
      if (before !== 3) betweenStayers++;
    }
  }
  return {
    slotSpread: Math.max(...slots) - Math.min(...slots),
    moved: moved / keys.length,
    betweenStayers: betweenStayers / keys.length,
  };
}

/** n balls into n bins with one and with two random choices, over three seeds: the fullest bin each time. */
export function ballsAndBins(n = 100_000) {
  const seeds = [50, 51, 52];
  return {
    one: seeds.map((seed) => ballsIntoBins(createRng(seed), n, n, 1)),
    two: seeds.map((seed) => ballsIntoBins(createRng(seed), n, n, 2)),
  };
}

/** 32-bit FNV-1a over a string's UTF-16 code units. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Ten servers named "host0" … "host9", 100 points each labelled "host3#41",
 * placed by a label hash: the coefficient of variation of the servers' shares
 * with raw FNV-1a, and with the same value through murmur3's finalizer.
 */
export function labelHashSpread() {
  const cv = (hash: (label: string) => number) => {
    const points: Array<[number, number]> = [];
    for (let s = 0; s < 10; s++) for (let p = 0; p < 100; p++) points.push([hash(`host${s}#${p}`) / 2 ** 32, s]);
    points.sort((a, b) => a[0] - b[0]);
    const ring: Ring = { positions: Float64Array.from(points, (p) => p[0]), owners: Int32Array.from(points, (p) => p[1]) };
    const shares = ringShares(ring, 10);
    const variance = shares.reduce((sum, x) => sum + (x - 0.1) ** 2, 0) / 10;
    return Math.sqrt(variance) / 0.1;
  };
  return { rawFnv: cv(fnv1a), finalized: cv((label) => mix32(fnv1a(label))) };
}
