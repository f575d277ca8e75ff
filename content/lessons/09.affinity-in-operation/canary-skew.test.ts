import { describe, expect, it } from 'vitest';
import { createRng } from '@/lib/sim/random';
import { canaryRequestShare, canarySessionShare, crossZoneShare, EXAMPLE_MINUTE, figures, idleCapacityShare, maxOverMean, stillPinnedAfterRollback } from './canary-skew';

// Lesson 9 prints `figures`; each is recomputed here from its closed form,
// and the canary's session share is checked against a seeded simulation.
describe('lesson 9 canary and operations arithmetic', () => {
  it('a 10% canary holds 1.5% of sessions after 5 minutes, 6.3% after 30, and 9% only after about 69', () => {
    expect((figures.canary10At5 * 100).toFixed(1)).toBe('1.5');
    expect((figures.canary10At30 * 100).toFixed(1)).toBe('6.3');
    expect(Math.round(figures.canary10To9)).toBe(69);
    expect(canarySessionShare(0.1, figures.canary10To9)).toBeCloseTo(0.09, 10);
  });

  it('with one user sending 17% of requests, a 10% canary sees 8.3% or 25.3% of requests, never 10%', () => {
    expect((figures.canaryWithoutHeavy * 100).toFixed(1)).toBe('8.3');
    expect((figures.canaryWithHeavy * 100).toFixed(1)).toBe('25.3');
    expect(canaryRequestShare(0.1, 0, false)).toBeCloseTo(0.1, 10);
  });

  it('after a rollback 72% of canary sessions are still pinned at 10 minutes and 14% at 60', () => {
    expect(Math.round(figures.pinnedAfter10 * 100)).toBe(72);
    expect(Math.round(figures.pinnedAfter60 * 100)).toBe(14);
    expect(stillPinnedAfterRollback(0)).toBe(1);
  });

  it('the dashboard example has max/mean 1.85, so 46% of the capacity bought for the busiest target is idle', () => {
    expect(EXAMPLE_MINUTE.reduce((a, b) => a + b, 0) / EXAMPLE_MINUTE.length).toBe(1300);
    expect(figures.exampleSkew.toFixed(2)).toBe('1.85');
    expect(Math.round(figures.exampleIdle * 100)).toBe(46);
    expect(maxOverMean([5, 5, 5])).toBe(1);
  });

  it('a 1.25 skew idles 20% of the fleet, and three zones send two requests in three across a zone', () => {
    expect(idleCapacityShare(1.25)).toBeCloseTo(0.2, 10);
    expect(Math.round(figures.idleAt125 * 100)).toBe(20);
    expect(crossZoneShare(3)).toBeCloseTo(2 / 3, 10);
    expect(Math.round(figures.crossZone3 * 100)).toBe(67);
  });

  it('a seeded simulation of sticky sessions under a 10% canary matches w·(1 − e^(−t/L)) at 30 minutes', () => {
    const rng = createRng(10);
    const sessions = 20_000;
    const L = 30;
    let onCanary = 0;
    for (let s = 0; s < sessions; s++) {
      // Memoryless lives: a session present at the weight change has ended by minute 30 with probability 1 − e^(−1),
      // and its replacement is placed under the weight (replacements of replacements are placed the same way).
      const replacedBy30 = rng.next() < 1 - Math.exp(-30 / L);
      if (replacedBy30 && rng.chance(0.1)) onCanary++;
    }
    expect(onCanary / sessions).toBeGreaterThan(0.058);
    expect(onCanary / sessions).toBeLessThan(0.068);
  });
});
