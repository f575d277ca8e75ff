/**
 * The scale-out arithmetic of lesson 3, as functions so the chart and the
 * test use the same numbers as the prose. Model: M active sessions in steady
 * state, exponential session lives with mean L minutes, so sessions end (and
 * new ones start) at M/L per minute. At t = 0 a fifth server joins four.
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
