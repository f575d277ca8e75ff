/**
 * The seeded simulation behind lesson 3's "simulated" scale-out figures: the
 * same question as the closed forms in scale-out.ts, answered by counting
 * sessions instead of integrating. Poisson arrivals, exponential session
 * lives (mean L), 4 servers in steady state, a fifth joins at t = 0. New
 * sessions go round-robin over the five, or to the server with the fewest
 * active sessions. The figure is the first minute at which the new server
 * holds 90% of the per-server mean, averaged over seeds.
 *
 * It differs from the closed form on purpose: arrivals and lives are random,
 * the count is whole sessions, and the first crossing is noisy, so a learner
 * sees what "close to the formula" looks like in a real run.
 */
import { createRng, type Rng } from '../../../lib/sim/random';
import { MEAN_SESSION_MINUTES } from './scale-out';

const SERVERS_BEFORE = 4;
/** Active sessions across the fleet in steady state. */
export const ACTIVE_SESSIONS = 2000;
export const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

type Placement = 'round-robin' | 'fewest-sessions';

/** A session that ends at `end` (minutes), on `server`. */
interface Session {
  end: number;
  server: number;
}

/** Minutes until the new server first holds 90% of the per-server mean, for one seed. */
export function minutesTo90(placement: Placement, seed: number): number {
  const rng: Rng = createRng(seed);
  const rate = ACTIVE_SESSIONS / MEAN_SESSION_MINUTES; // arrivals per minute
  // Steady state before the join: each active session has an exponential remaining life (memoryless).
  let sessions: Session[] = [];
  for (let i = 0; i < ACTIVE_SESSIONS; i++) sessions.push({ end: rng.exponential(MEAN_SESSION_MINUTES), server: i % SERVERS_BEFORE });
  const counts = [0, 0, 0, 0, 0];
  for (const s of sessions) counts[s.server]++;
  let now = 0;
  let turn = 0;
  // Steps of 3 seconds: ends, then the arrivals within the step; fine enough for a figure printed to 0.1 min.
  const step = 0.05;
  while (now < 10 * MEAN_SESSION_MINUTES) {
    now += step;
    const kept: Session[] = [];
    for (const s of sessions) {
      if (s.end <= now) counts[s.server]--;
      else kept.push(s);
    }
    sessions = kept;
    // Poisson arrivals in this step, drawn as exponential gaps.
    let t = now - step + rng.exponential(1 / rate);
    while (t < now) {
      const server = placement === 'round-robin' ? turn++ % 5 : counts.indexOf(Math.min(...counts));
      counts[server]++;
      sessions.push({ end: t + rng.exponential(MEAN_SESSION_MINUTES), server });
      t += rng.exponential(1 / rate);
    }
    const mean = counts.reduce((a, b) => a + b, 0) / 5;
    if (counts[4] >= 0.9 * mean) return now;
  }
  return Infinity;
}

/** The mean over SEEDS, rounded the way the lesson prints it. */
export function simulatedMinutesTo90(placement: Placement): number {
  const total = SEEDS.reduce((sum, seed) => sum + minutesTo90(placement, seed), 0);
  return total / SEEDS.length;
}
