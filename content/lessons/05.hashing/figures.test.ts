/**
 * Lesson 5's figures, checked. The lesson prints values from figures.ts; this
 * test recomputes the closed forms, reruns every experiment in
 * measurements.ts and compares the result, rounded as printed, with the
 * record. Edit a figure in one place only and this test fails.
 */
import { describe, expect, test } from 'vitest';
import { movedFraction } from './hash-models';
import { figures, harmonic, logGamma, oneChoiceGonnet, ZIPF_S, ZIPF_SERVERS, ZIPF_USERS, zipfTopShare } from './figures';
import { ZIPF_SETUP, zipfBoundedRun } from './zipf-bounded';
import {
  ballsAndBins,
  jumpGrowth,
  labelHashSpread,
  maglevStats,
  ringBalance,
  ringChurn,
  rendezvousStats,
  sampleKeys,
} from './measurements';

const KEYS = sampleKeys();

function modN(keys: ArrayLike<number>, n: number): number[] {
  return Array.from(keys, (k) => k % n);
}

describe('mod-N', () => {
  test('worked example: keys hashing to 0..19 over 4 then 5 servers, 16 of 20 move', () => {
    const keys = Array.from({ length: 20 }, (_, i) => i);
    expect(keys.filter((k) => k % 4 !== k % 5).length).toBe(16);
  });

  test('the printed N/(N+1) matches 100,000 random keys: 80% for 4 to 5, 90.9% for 10 to 11', () => {
    expect(figures.modN4to5).toBe(0.8);
    expect(figures.modN10to11.toFixed(3)).toBe('0.909');
    expect(movedFraction(modN(KEYS, 4), modN(KEYS, 5))).toBeCloseTo(figures.modN4to5, 2);
    expect(movedFraction(modN(KEYS, 10), modN(KEYS, 11))).toBeCloseTo(figures.modN10to11, 2);
  });

  test('removing one of 10 servers moves about 90% of keys, where 10% is the ideal', () => {
    expect(movedFraction(modN(KEYS, 10), modN(KEYS, 9))).toBeCloseTo(0.9, 1);
  });
});

describe('a ring with v points per server', () => {
  test('H(10) is about 2.93', () => {
    expect(harmonic(10).toFixed(2)).toBe('2.93');
  });

  test.each(figures.ring.map((row) => [row.v, row]))('v = %i: the recorded median, p99 and spread are what 201 seeded rings give', (v, row) => {
    const measured = ringBalance(v);
    expect(measured.median.toFixed(2)).toBe(row.median.toFixed(2));
    expect(measured.p99.toFixed(2)).toBe(row.p99.toFixed(2));
    expect(measured.cv.toPrecision(2)).toBe(row.cv.toPrecision(2));
  });

  test('the spread of shares is close to 1/sqrt(v), as the lesson says', () => {
    for (const row of figures.ring.filter((r) => r.v >= 10)) {
      const ratio = row.cv * Math.sqrt(row.v);
      expect(ratio).toBeGreaterThan(0.75);
      expect(ratio).toBeLessThan(1.1);
    }
  });

  test('one point per server: the mean over 201 rings is near H(10) = 2.93', () => {
    expect(Math.abs(ringBalance(1).mean - harmonic(10))).toBeLessThan(0.15);
  });

  test('adding an 11th server and removing one: the recorded shares moved, all to the newcomer or from the leaver', () => {
    const churn = ringChurn(KEYS);
    expect((churn.movedOnAdd * 100).toFixed(1)).toBe(figures.ringMovedOnAddPercent.toFixed(1));
    expect((churn.movedOnRemove * 100).toFixed(1)).toBe(figures.ringMovedOnRemovePercent.toFixed(1));
    expect(churn.addedNotToNew).toBe(0);
    expect(churn.removedNotFromGone).toBe(0);
  });

  test('raw FNV-1a over similar labels spreads worse than FNV-1a through a finalizer', () => {
    const spread = labelHashSpread();
    expect(spread.rawFnv.toFixed(2)).toBe(figures.rawFnvCv.toFixed(2));
    expect(spread.finalized.toFixed(3)).toBe(figures.finalizedFnvCv.toFixed(3));
    expect(spread.rawFnv).toBeGreaterThan(2 * spread.finalized);
  });
});

describe('rendezvous, jump and Maglev', () => {
  test('rendezvous: balance and keys moved as recorded, only the leaver’s keys', () => {
    const stats = rendezvousStats(KEYS);
    expect(stats.maxOverMean.toFixed(2)).toBe(figures.rendezvousMaxOverMean.toFixed(2));
    expect((stats.movedOnRemove * 100).toFixed(1)).toBe(figures.rendezvousMovedOnRemovePercent.toFixed(1));
    expect(stats.movedNotFrom3).toBe(0);
  });

  test('jump hash 10 to 11: the recorded share moved, every mover into bucket 10, near 1/11', () => {
    const jump = jumpGrowth(KEYS);
    expect((jump.moved * 100).toFixed(1)).toBe(figures.jumpMovedPercent.toFixed(1));
    expect(jump.notToNew).toBe(0);
    expect(Math.abs(jump.moved - 1 / 11)).toBeLessThan(0.01);
  });

  test('Maglev: M/N slots give or take one; the recorded shares of all keys moved in total and between servers that stayed', () => {
    const maglev = maglevStats(KEYS);
    expect(maglev.slotSpread).toBeLessThanOrEqual(1);
    expect((maglev.moved * 100).toFixed(2)).toBe(figures.maglevMovedPercent.toFixed(2));
    expect((maglev.betweenStayers * 100).toFixed(2)).toBe(figures.maglevBetweenStayersPercent.toFixed(2));
  });
});

describe('bounded loads and two choices', () => {
  test('worked example: ⌈1.25 × 12 / 3⌉ = 5', () => {
    expect(figures.workedCap).toBe(5);
  });

  test('closed forms at n = 100,000: ln n / ln ln n ≈ 4.7, Gonnet ≈ 7.9, ln ln n / ln 2 ≈ 3.5', () => {
    expect(figures.oneChoiceLeading.toFixed(1)).toBe('4.7');
    expect(figures.oneChoiceGonnet.toFixed(1)).toBe('7.9');
    expect(figures.twoChoiceLeading.toFixed(1)).toBe('3.5');
    // logGamma agrees with exact factorials: Γ(10) = 9! = 362,880.
    expect(Math.exp(logGamma(10))).toBeCloseTo(362_880, 0);
    expect(oneChoiceGonnet(362_880)).toBeCloseTo(10 - 1.5, 6);
  });

  test('the recorded fullest bins are what three seeded runs give', () => {
    const runs = ballsAndBins();
    expect(runs.one).toEqual(figures.oneChoiceSimulated);
    expect(runs.two).toEqual(figures.twoChoiceSimulated);
  });

  test('hot users: the top Zipf(1.1) user of 2,000 sends 17% of requests, 1.7 fair shares of ten servers', () => {
    expect(ZIPF_SETUP.users).toBe(ZIPF_USERS);
    expect(ZIPF_SETUP.zipfS).toBe(ZIPF_S);
    expect(ZIPF_SETUP.servers).toBe(ZIPF_SERVERS);
    expect(figures.zipfTopUserPercent).toBe(17);
    expect(figures.zipfTopUserFairShares.toFixed(1)).toBe('1.7');
    // With s = 0 every user is alike: the top one sends 1/users.
    expect(zipfTopShare(4, 0)).toBe(0.25);
  });

  test('hot users: the recorded plain-ring and bounded-load figures are what the seeded paper-model run gives', () => {
    const plain = zipfBoundedRun(Infinity);
    expect(plain.meanMaxOverMean.toFixed(2)).toBe(figures.zipfPlainMaxOverMean.toFixed(2));
    expect(plain.p99MaxOverMean.toFixed(2)).toBe(figures.zipfPlainP99.toFixed(2));
    expect(plain.homeShare).toBe(1);
    const c125 = zipfBoundedRun(1.25);
    expect(c125.meanMaxOverMean.toFixed(2)).toBe(figures.bounded125MaxOverMean.toFixed(2));
    expect((c125.homeShare * 100).toFixed(1)).toBe(figures.bounded125HomePercent.toFixed(1));
    const c150 = zipfBoundedRun(1.5);
    expect(c150.meanMaxOverMean.toFixed(2)).toBe(figures.bounded150MaxOverMean.toFixed(2));
    expect((c150.homeShare * 100).toFixed(1)).toBe(figures.bounded150HomePercent.toFixed(1));
    // The cap bounds active keys per server, by construction; the request peak stays above the top user's own load.
    expect(c125.keysMaxOverMean).toBeLessThanOrEqual(1.25 + 0.05);
    expect(c125.meanMaxOverMean).toBeGreaterThan(figures.zipfTopUserFairShares);
  });
});
