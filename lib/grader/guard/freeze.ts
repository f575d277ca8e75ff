/**
 * What learner code receives from the grader is a frozen copy: a request, a
 * server list, an options object. The learner can keep it but cannot change
 * the grader's original, and the two replicas of a scenario never hold the
 * same object (so they cannot pass notes through it). The one exception is
 * the frozen empty cookie jar below, which has nothing to write a note on.
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

/** The one empty cookie jar learner code is ever handed. */
const NO_COOKIES: Readonly<Record<string, string>> = Object.freeze({});

/** An object with no enumerable string keys (cookie names are strings), without allocating a key list. */
function isEmpty(cookies: object): boolean {
  for (const _name in cookies) return false;
  return true;
}

/**
 * The hot path's copy of a request (one per route call): always a new frozen
 * wrapper, so no two calls (and no two replicas) hold the same request
 * object. Cookies are copied and frozen, except an empty jar, which is by
 * far the most common (hashing suites, cookie-less clients, first visits):
 * every empty jar becomes the same frozen empty object. That saves an
 * allocation per request and reveals nothing: an object with nothing in it,
 * the same for every request, carries no note and tells no client from
 * another. A jar with cookies is still copied, so its identity cannot tell
 * the learner more than its cookie values do.
 */
export function frozenRequest(request: IncomingRequestData): IncomingRequestData {
  const { cookies } = request;
  return Object.freeze({ time: request.time, clientIp: request.clientIp, cookies: isEmpty(cookies) ? NO_COOKIES : Object.freeze({ ...cookies }) });
}
