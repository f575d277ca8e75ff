/**
 * Every number lesson 5 states about hashing, recomputed from the models in
 * hash-models.ts with the seeded RNG. If you change a figure in index.mdx,
 * change its check here (and the other way round): the two cannot drift.
 */
import { describe, expect, test } from 'vitest';
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
} from './hash-models';

const KEYS = randomKeys(createRng(2024), 100_000);
const TEN = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

function modN(keys: ArrayLike<number>, n: number): number[] {
  return Array.from(keys, (k) => k % n);
}

describe('mod-N', () => {
  test('worked example: keys hashing to 0..19 over 4 then 5 servers, 16 of 20 move', () => {
    const keys = Array.from({ length: 20 }, (_, i) => i);
    const moved = modN(keys, 4).filter((server, i) => server !== keys[i] % 5).length;
    expect(moved).toBe(16);
  });

  test('growing from N to N+1 moves N/(N+1) of keys: 80% for 4 to 5, 90.9% for 10 to 11', () => {
    expect(movedFraction(modN(KEYS, 4), modN(KEYS, 5))).toBeCloseTo(4 / 5, 2);
    expect(movedFraction(modN(KEYS, 10), modN(KEYS, 11))).toBeCloseTo(10 / 11, 2);
  });

  test('removing one of 10 servers moves about 90% of keys, where 10% is the ideal', () => {
    expect(movedFraction(modN(KEYS, 10), modN(KEYS, 9))).toBeCloseTo(0.9, 1);
  });
});

describe('a ring with v points per server, 10 servers, 201 seeds', () => {
  function ringStats(v: number) {
    const ratios: number[] = [];
    const cvs: number[] = [];
    for (let seed = 0; seed < 201; seed++) {
      const shares = ringShares(buildRing(createRng(1000 + seed), 10, v), 10);
      ratios.push(maxOverMean(shares));
      const variance = shares.reduce((sum, x) => sum + (x - 0.1) ** 2, 0) / 10;
      cvs.push(Math.sqrt(variance) / 0.1);
    }
    return { median: median(ratios), mean: ratios.reduce((a, b) => a + b, 0) / ratios.length, cv: median(cvs) };
  }

  test('one point per server: the busiest server owns about 2.8 times its fair share (on average H(10) = 2.93)', () => {
    const { median: med, mean } = ringStats(1);
    expect(med).toBeGreaterThan(2.65);
    expect(med).toBeLessThan(2.95);
    const harmonic10 = TEN.reduce((sum, i) => sum + 1 / (i + 1), 0);
    expect(mean).toBeGreaterThan(harmonic10 - 0.15);
    expect(mean).toBeLessThan(harmonic10 + 0.15);
  });

  test('10 points: about 1.5; 100 points: about 1.15; 200 points: about 1.11', () => {
    expect(ringStats(10).median).toBeCloseTo(1.5, 1);
    expect(Math.abs(ringStats(100).median - 1.15)).toBeLessThan(0.03);
    expect(Math.abs(ringStats(200).median - 1.11)).toBeLessThan(0.03);
  });

  test('the spread of shares (coefficient of variation) is close to 1/sqrt(v)', () => {
    for (const v of [10, 100, 200]) {
      const ratio = ringStats(v).cv * Math.sqrt(v);
      expect(ratio).toBeGreaterThan(0.75);
      expect(ratio).toBeLessThan(1.1);
    }
  });

  test('adding an 11th server moves about 1/11 of keys, every one of them to the new server', () => {
    const before = buildRing(createRng(7), 10, 100);
    const after = buildRing(createRng(7), 11, 100);
    const a = Array.from(KEYS, (k) => ringLookup(before, k));
    const b = Array.from(KEYS, (k) => ringLookup(after, k));
    const movedTo = b.filter((server, i) => server !== a[i]);
    expect(movedTo.every((server) => server === 10)).toBe(true);
    expect(movedTo.length / KEYS.length).toBeGreaterThan(0.07);
    expect(movedTo.length / KEYS.length).toBeLessThan(0.115);
  });
});

describe('rendezvous hashing', () => {
  const all = Array.from(KEYS, (k) => rendezvous(k, TEN));

  test('balances 100,000 keys over 10 servers within a few percent (max/mean under 1.05)', () => {
    const counts = new Array(10).fill(0);
    for (const server of all) counts[server]++;
    expect(maxOverMean(counts)).toBeLessThan(1.05);
  });

  test('removing a server moves only its own keys, about 1/10', () => {
    const without3 = Array.from(KEYS, (k) => rendezvous(k, TEN.filter((s) => s !== 3)));
    const moved = all.filter((server, i) => server !== without3[i]);
    expect(moved.every((server) => server === 3)).toBe(true);
    expect(moved.length / KEYS.length).toBeCloseTo(0.1, 2);
  });
});

describe('jump consistent hash', () => {
  const keys64 = Array.from(KEYS.subarray(0, 20_000), (k) => (BigInt(k) << 32n) | BigInt(mix32(k)));

  test('growing from 10 to 11 buckets moves about 1/11 of keys, all into the new bucket 10', () => {
    const a = keys64.map((k) => jumpHash(k, 10));
    const b = keys64.map((k) => jumpHash(k, 11));
    const moved = b.filter((bucket, i) => bucket !== a[i]);
    expect(moved.every((bucket) => bucket === 10)).toBe(true);
    expect(Math.abs(moved.length / keys64.length - 1 / 11)).toBeLessThan(0.01);
  });
});

describe('Maglev with a 65,537-slot table', () => {
  const M = 65_537;
  const full = maglevTable(TEN, M);

  test('every server owns M/N slots, give or take one', () => {
    const slots = new Array(10).fill(0);
    for (const server of full) slots[server]++;
    expect(Math.max(...slots) - Math.min(...slots)).toBeLessThanOrEqual(1);
  });

  test('removing a server moves about 10% of keys, under 1% between servers that stayed', () => {
    const smaller = maglevTable(TEN.filter((s) => s !== 3), M);
    let moved = 0;
    let movedBetweenStayers = 0;
    for (const key of KEYS) {
      const before = full[key % M];
      if (before !== smaller[key % M]) {
        moved++;
        if (before !== 3) movedBetweenStayers++;
      }
    }
    expect(moved / KEYS.length).toBeGreaterThan(0.095);
    expect(moved / KEYS.length).toBeLessThan(0.11);
    expect(movedBetweenStayers / KEYS.length).toBeGreaterThan(0);
    expect(movedBetweenStayers / KEYS.length).toBeLessThan(0.01);
  });
});

describe('the power of two choices: 100,000 balls into 100,000 bins', () => {
  test('one random choice gives a fullest bin of about 8; the better of two gives 3 or 4', () => {
    for (let seed = 0; seed < 3; seed++) {
      const one = ballsIntoBins(createRng(50 + seed), 100_000, 100_000, 1);
      const two = ballsIntoBins(createRng(50 + seed), 100_000, 100_000, 2);
      expect(one).toBeGreaterThanOrEqual(7);
      expect(one).toBeLessThanOrEqual(9);
      expect(two).toBeGreaterThanOrEqual(3);
      expect(two).toBeLessThanOrEqual(4);
    }
  });
});
