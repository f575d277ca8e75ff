import { describe, expect, it } from 'vitest';
import { crossedThreshold, formatClock, spokenDuration } from './clock';

describe('the countdown', () => {
  it('shows mm:ss rounded up and never negative', () => {
    expect(formatClock(20 * 60_000)).toBe('20:00');
    expect(formatClock(65_001)).toBe('01:06');
    expect(formatClock(-5)).toBe('00:00');
    expect(spokenDuration(125_000)).toBe('2 minutes 5 seconds');
    expect(spokenDuration(60_000)).toBe('1 minute');
    expect(spokenDuration(0)).toBe('0 seconds');
  });

  it('announces 5 minutes and 1 minute left only when the time crosses them', () => {
    expect(crossedThreshold(300_500, 299_900)).toBe(300_000);
    expect(crossedThreshold(299_900, 299_000)).toBeNull();
    expect(crossedThreshold(60_100, 59_000)).toBe(60_000);
    // A long sleep across both: the nearer one is what matters now.
    expect(crossedThreshold(400_000, 30_000)).toBe(60_000);
  });
});
