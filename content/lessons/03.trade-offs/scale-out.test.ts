import { describe, expect, it } from 'vitest';
import { figures, leastSessionsShare, minutesToReach, percent, roundRobinShare, stillRunningAfter } from './scale-out';

// The lesson prints `figures` straight into its prose; these tests recompute
// each figure from the closed form the lesson derives, so neither can drift.
describe('lesson 3 scale-out arithmetic', () => {
  it('fewest-sessions placement fills the new server to 90% of the mean in 30·ln(1/0.82) ≈ 6 minutes', () => {
    expect(figures.leastSessionsTo90).toBeCloseTo(30 * Math.log(1 / (1 - 0.18)), 5);
    expect(figures.leastSessionsTo90.toFixed(1)).toBe('6.0');
    expect(minutesToReach(leastSessionsShare, 0.9)).toBe(figures.leastSessionsTo90);
  });

  it('round-robin placement needs 30·ln 10 ≈ 69 minutes for the same', () => {
    expect(figures.roundRobinTo90).toBeCloseTo(30 * Math.log(10), 5);
    expect(Math.round(figures.roundRobinTo90)).toBe(69);
    expect(minutesToReach(roundRobinShare, 0.9)).toBe(figures.roundRobinTo90);
  });

  it('half an hour after a round-robin scale-out the new server holds 63% of the mean, 86% after an hour', () => {
    expect(percent(figures.roundRobinAt30)).toBe('63%');
    expect(figures.roundRobinAt30).toBeCloseTo(1 - Math.exp(-1), 10);
    expect(percent(figures.roundRobinAt60)).toBe('86%');
  });

  it('a 5-minute drain deadline cuts 85% of 30-minute sessions; a 60-minute one cuts 14%', () => {
    expect(percent(figures.stillRunningAt5)).toBe('85%');
    expect(percent(figures.stillRunningAt60)).toBe('14%');
    expect(stillRunningAfter(0)).toBe(1);
  });
});
