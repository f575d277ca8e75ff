/**
 * The arithmetic of lesson 9: canaries, rollbacks and fleet sizing when
 * users are pinned. Session lives are exponential with mean L minutes (the
 * course's 30), as in lesson 3.
 */
import { MEAN_SESSION_MINUTES } from '../03.trade-offs/scale-out';

/**
 * A canary weighted w receives w of the *new* sessions from the moment the
 * weight is set; sessions already pinned to the old group stay there. After
 * t minutes it holds w·(1 − e^(−t/L)) of the active sessions.
 */
export function canarySessionShare(weight: number, minute: number, meanSessionMinutes = MEAN_SESSION_MINUTES): number {
  return weight * (1 - Math.exp(-minute / meanSessionMinutes));
}

/**
 * Once every session has been placed under the weight, the canary's share of
 * *requests* depends on which users it got. If one user sends a fraction h of
 * all requests, the canary's share is w·(1 − h), or w·(1 − h) + h when that
 * user lands on it: never w.
 */
export function canaryRequestShare(weight: number, heaviestUserShare: number, hasHeaviestUser: boolean): number {
  return weight * (1 - heaviestUserShare) + (hasHeaviestUser ? heaviestUserShare : 0);
}

/** Share of the canary's sessions still pinned to it r minutes after a rollback sets its weight to 0 (while the group cookie holds). */
export function stillPinnedAfterRollback(minute: number, meanSessionMinutes = MEAN_SESSION_MINUTES): number {
  return Math.exp(-minute / meanSessionMinutes);
}

/** The skew figure a dashboard should show: the busiest target's load over the mean. */
export function maxOverMean(perTarget: readonly number[]): number {
  const mean = perTarget.reduce((a, b) => a + b, 0) / perTarget.length;
  return Math.max(...perTarget) / mean;
}

/**
 * Capacity held idle when the fleet is sized so the busiest target stays
 * within its limit: you buy max/mean times the average load, and use the
 * average, so 1 − mean/max of what you pay for is idle.
 */
export function idleCapacityShare(skew: number): number {
  return 1 - 1 / skew;
}

/** With targets spread evenly over Z zones and cross-zone balancing, the share of requests that leave their zone. */
export function crossZoneShare(zones: number): number {
  return (zones - 1) / zones;
}

/** Per-target request counts over one minute in the lesson's dashboard example. */
export const EXAMPLE_MINUTE = [1200, 950, 1010, 2400, 940] as const;

/** Figures lesson 9 prints, recomputed by canary-skew.test.ts. */
export const figures = {
  /** A 10% canary, 5 and 30 minutes after the weight is set. */
  canary10At5: canarySessionShare(0.1, 5),
  canary10At30: canarySessionShare(0.1, 30),
  /** Minutes until a 10% canary holds 9% of sessions: L·ln 10. */
  canary10To9: MEAN_SESSION_MINUTES * Math.log(10),
  /** A 10% canary when one user sends 17% of requests (lesson 4's Zipf mix): without and with that user. */
  canaryWithoutHeavy: canaryRequestShare(0.1, 0.17, false),
  canaryWithHeavy: canaryRequestShare(0.1, 0.17, true),
  /** Canary sessions still pinned 10 and 60 minutes after a rollback. */
  pinnedAfter10: stillPinnedAfterRollback(10),
  pinnedAfter60: stillPinnedAfterRollback(60),
  /** The dashboard example's max/mean, and the idle capacity it implies. */
  exampleSkew: maxOverMean(EXAMPLE_MINUTE),
  exampleIdle: idleCapacityShare(maxOverMean(EXAMPLE_MINUTE)),
  /** A modest 1.25 skew already holds a fifth of the fleet idle. */
  idleAt125: idleCapacityShare(1.25),
  /** Three zones, cross-zone balancing on: two requests in three cross a zone. */
  crossZone3: crossZoneShare(3),
} as const;
