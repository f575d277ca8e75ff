/**
 * The arithmetic of lesson 3, as functions so the chart, the prose and the
 * test all read the same numbers. The lesson renders `figures` directly, so a
 * figure cannot be edited in the prose without editing it here (and the test
 * recomputes each one from its closed form).
 *
 * Model: M active sessions in steady state, exponential session lives with
 * mean L minutes, so sessions end (and new ones start) at M/L per minute. At
 * t = 0 a fifth server joins four.
 */
export const MEAN_SESSION_MINUTES = 30;
const SERVERS_AFTER = 5;

/**
 * Round-robin placement gives the new server 1/5 of new sessions; it fills as
 * old sessions are replaced: share of the mean = 1 - e^(-t/L).
 */
export function roundRobinShare(minute: number): number {
  return 1 - Math.exp(-minute / MEAN_SESSION_MINUTES);
}

/**
 * Fewest-sessions placement sends every new session to the new server until
 * it catches up. It gains M/L per minute and loses its own sessions at rate
 * s/L; its target is M/5. Solving ds/dt = (M - s)/L from s(0) = 0 gives
 * s = M(1 - e^(-t/L)), capped at the mean M/5.
 */
export function leastSessionsShare(minute: number): number {
  const sessionsOverM = 1 - Math.exp(-minute / MEAN_SESSION_MINUTES);
  return Math.min(1, sessionsOverM * SERVERS_AFTER);
}

/** Minutes until a share curve first reaches `target` (bisection; the curves rise monotonically). */
export function minutesToReach(share: (minute: number) => number, target: number): number {
  let lo = 0;
  let hi = 1000;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (share(mid) >= target) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * With exponential lives a session's remaining life is memoryless: the share of
 * the sessions present when a drain starts that are still running `minutes`
 * later is e^(-minutes/L). A drain deadline cuts exactly those.
 */
export function stillRunningAfter(minutes: number): number {
  return Math.exp(-minutes / MEAN_SESSION_MINUTES);
}

/** Figures the lesson states, rounded where the prose rounds them. */
export const figures = {
  meanSessionMinutes: MEAN_SESSION_MINUTES,
  /** Round-robin placement: 90% of the mean after L·ln 10 minutes. */
  roundRobinTo90: minutesToReach(roundRobinShare, 0.9),
  /** Fewest-sessions placement: 90% of the mean after L·ln(1/0.82) minutes. */
  leastSessionsTo90: minutesToReach(leastSessionsShare, 0.9),
  /** Share of the mean the new server holds 30 and 60 minutes after a round-robin scale-out. */
  roundRobinAt30: roundRobinShare(30),
  roundRobinAt60: roundRobinShare(60),
  /** Sessions still running when a 5-minute drain deadline passes, and a 60-minute one. */
  stillRunningAt5: stillRunningAfter(5),
  stillRunningAt60: stillRunningAfter(60),
  /**
   * The seeded simulation in scale-out-sim.ts (random arrivals and lives, whole
   * sessions, first crossing of 90%), mean over its seeds; stored rather than
   * computed on import because a run takes seconds, and recomputed by
   * scale-out-sim.test.ts so the two cannot part ways.
   */
  simulatedLeastSessionsTo90: 5.9,
  simulatedRoundRobinTo90: 67,
} as const;

/** A share as a whole percentage, the way the lesson prints it. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
