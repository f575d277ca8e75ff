/**
 * What learner code receives from the grader is a frozen copy: a request, a
 * server list, an options object. The learner can keep it but cannot change
 * the grader's original, and the two replicas of a scenario never hold the
 * same object (so they cannot pass notes through it).
 */
import type { IncomingRequestData } from './types';

function isPlainData(value: object): boolean {
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * A deep frozen copy of plain objects and arrays. Anything else (a Map that
 * is a server's memory, a function of the store) is handed over as it is:
 * those are deliberately shared capabilities, and the intrinsics behind them
 * are frozen by lockdown.
 */
export function frozenCopy<T>(value: T): T {
  if (typeof value !== 'object' || value === null || !isPlainData(value)) return value;
  if (Array.isArray(value)) return Object.freeze(value.map(frozenCopy)) as T;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = frozenCopy((value as Record<string, unknown>)[key]);
  return Object.freeze(copy) as T;
}

/**
 * The hot path's copy of a request (one per route call): always a new frozen
 * wrapper, so no two calls (and no two replicas) hold the same request
 * object. Its cookies are copied only when they are not frozen already: the
 * simulator's cookie jars and the hashing suites' empty jar are frozen plain
 * objects of strings (copy on write, lib/sim/cookie-jar.ts), which learner
 * code can neither change nor use to pass notes, so a copy of them would
 * protect nothing and cost an allocation per request.
 */
export function frozenRequest(request: IncomingRequestData): IncomingRequestData {
  const { cookies } = request;
  return Object.freeze({ time: request.time, clientIp: request.clientIp, cookies: Object.isFrozen(cookies) ? cookies : Object.freeze({ ...cookies }) });
}
