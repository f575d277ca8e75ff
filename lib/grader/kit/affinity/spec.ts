/**
 * What one cookie-affinity (or draining) scenario simulates and which of the
 * contract's checks it measures. Every scenario checks stickiness, placement,
 * fresh and opaque cookies on every request; the optional parts add the
 * balance and scale-out measurements.
 */
import type { PopulationSpec } from '../../../sim/population';
import type { ServerEvent } from '../../../sim/servers';
import type { TrafficSpec } from '../../../sim/traffic';

export interface AffinitySpec {
  servers: string[];
  events: ServerEvent[];
  population: PopulationSpec;
  traffic: TrafficSpec;
  idleTimeoutMs: number;
  /** The draining exercise: the balancer must have drain(), and gets drain events. */
  drain?: boolean;
  /** max/mean active sessions per server must stay within `limit` from time `from` until new sessions stop arriving. */
  balance?: { from: number; limit: number; minMean: number };
  /** The server joining at a scale-out must reach `share` of the mean within `withinMs`. */
  catchUp?: { share: number; withinMs: number };
}

/** Mean time a session stays active: its requests, then the idle timeout. */
export function meanSessionLifeMs(spec: Pick<AffinitySpec, 'traffic' | 'idleTimeoutMs'>): number {
  return (spec.traffic.meanRequestsPerSession - 1) * spec.traffic.meanThinkMs + spec.idleTimeoutMs;
}

/** Placement may miss the true minimum by this many sessions (docs/exercises.md). */
export const PLACEMENT_TOLERANCE = 2;
