import { describe, expect, it } from 'vitest';
import { leastSessionsShare, minutesToReach, roundRobinShare } from './scale-out';

// The figures lesson 3 states; the lab and FACTS.md's simulation (5.9 and 76
// minutes, with its own session model) agree within the model's differences.
describe('lesson 3 scale-out arithmetic', () => {
  it('fewest-sessions placement fills the new server to 90% of the mean in about 6 minutes', () => {
    expect(minutesToReach(leastSessionsShare, 0.9)).toBeCloseTo(30 * Math.log(1 / (1 - 0.18)), 5);
    expect(minutesToReach(leastSessionsShare, 0.9)).toBeCloseTo(5.95, 1);
  });

  it('round-robin placement needs about 69 minutes for the same', () => {
    expect(minutesToReach(roundRobinShare, 0.9)).toBeCloseTo(69.08, 1);
  });
});
