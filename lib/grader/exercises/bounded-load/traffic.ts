/**
 * Traffic for the bounded-load suite: users arrive over time, each sends a
 * session of requests with think times shorter than the idle timeout, then
 * goes quiet. Server changes are interleaved as steps at chosen times.
 */
import type { Rng } from '../../../sim/random';

export type Step =
  | { kind: 'request'; time: number; key: string }
  | { kind: 'servers'; time: number; servers: string[]; label: string; event: 'fail' | 'recover' | 'scale-out' | 'remove' };

export interface SessionSpec {
  keys: readonly string[];
  /** Session starts are spread uniformly over [start, start + span). */
  start: number;
  span: number;
  meanRequests: number;
  meanThinkMs: number;
}

/** One session per key; requests sorted by time. Times are fractional, as real clocks are. */
export function sessions(rng: Rng, spec: SessionSpec): Step[] {
  const steps: Step[] = [];
  for (const key of spec.keys) {
    let time = spec.start + rng.next() * spec.span;
    const requests = 1 + Math.floor(rng.exponential(spec.meanRequests - 1));
    for (let r = 0; r < requests; r++) {
      steps.push({ kind: 'request', time, key });
      time += rng.exponential(spec.meanThinkMs);
    }
  }
  return steps;
}

/** Merges steps by time; at equal times server changes come first. */
export function timeline(...parts: Step[][]): Step[] {
  return parts.flat().sort((a, b) => a.time - b.time || (a.kind === b.kind ? 0 : a.kind === 'servers' ? -1 : 1));
}
