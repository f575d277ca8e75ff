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

/**
 * Merges steps by time; a server change comes before requests at the same
 * time. Sorting tens of thousands of request objects with a comparator was
 * the suite's largest cost, so requests are ordered by a native sort of
 * numbers (time in whole microseconds, packed with the request's index),
 * then a linear insertion pass restores exact order within a microsecond.
 * Server changes are few: each is inserted by binary search.
 */
export function timeline(...parts: Step[][]): Step[] {
  const all: Step[] = [];
  const changes: Step[] = [];
  for (const part of parts) for (const step of part) (step.kind === 'request' ? all : changes).push(step);
  const packed = new Float64Array(all.length);
  for (let i = 0; i < all.length; i++) packed[i] = Math.floor(all[i].time * 1000) * INDEX_SPACE + i;
  packed.sort();
  const requests = new Array<Step>(all.length);
  for (let i = 0; i < all.length; i++) requests[i] = all[packed[i] % INDEX_SPACE];
  for (let i = 1; i < requests.length; i++) {
    const step = requests[i];
    let j = i - 1;
    while (j >= 0 && requests[j].time > step.time) {
      requests[j + 1] = requests[j];
      j--;
    }
    requests[j + 1] = step;
  }
  changes.sort((a, b) => a.time - b.time);
  for (const change of changes) {
    let lo = 0;
    let hi = requests.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (requests[mid].time < change.time) lo = mid + 1;
      else hi = mid;
    }
    requests.splice(lo, 0, change);
  }
  return requests;
}

/** Room for 2^20 requests per timeline; times up to about 99 days fit below 2^53. */
const INDEX_SPACE = 2 ** 20;
