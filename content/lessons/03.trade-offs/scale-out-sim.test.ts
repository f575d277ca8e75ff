import { describe, expect, it } from 'vitest';
import { figures } from './scale-out';
import { minutesTo90, SEEDS, simulatedMinutesTo90 } from './scale-out-sim';

// Lesson 3 prints the simulated minutes from `figures`; this reruns the seeded
// simulation and fails when the two part ways.
describe('lesson 3 scale-out simulation', () => {
  it('fewest-sessions placement crosses 90% of the mean in the minutes the lesson prints', () => {
    expect(simulatedMinutesTo90('fewest-sessions').toFixed(1)).toBe(figures.simulatedLeastSessionsTo90.toFixed(1));
  });

  it('round-robin placement crosses it in the minutes the lesson prints, near the closed form 30·ln 10', () => {
    const simulated = simulatedMinutesTo90('round-robin');
    expect(Math.round(simulated)).toBe(figures.simulatedRoundRobinTo90);
    expect(Math.abs(simulated - figures.roundRobinTo90) / figures.roundRobinTo90).toBeLessThan(0.1);
  });

  it('replays the same run for the same seed', () => {
    expect(minutesTo90('round-robin', SEEDS[0])).toBe(minutesTo90('round-robin', SEEDS[0]));
  });
});
