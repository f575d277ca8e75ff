/**
 * Server fleets for the suites that route many keys (ip-hash,
 * consistent-hash, bounded-load; session-store names its servers the same
 * way): names drawn from the seed, so a solution cannot special-case
 * "app-1".."app-5", and each key routed once to see where it lands.
 */
import type { Rng } from '../../sim/random';
import type { GuardedBalancer } from '../guard/balancer';

/** `count` distinct names like "app-17", "web-3" (one prefix per fleet). */
export function serverNames(rng: Rng, count: number): string[] {
  const prefix = rng.pick(['app', 'web', 'api', 'node', 'srv']);
  const numbers = new Set<number>();
  while (numbers.size < count) numbers.add(rng.range(1, count * 6));
  return [...numbers].map((n) => `${prefix}-${n}`);
}

/** Formats a share 0..1 as a percentage with two decimals ("8.61%"). */
export function percent(share: number): string {
  return `${(share * 100).toFixed(2)}%`;
}

/** Keys per server, in the order of `servers` (servers with no key count 0). */
export function loadsOf(assignment: readonly string[], servers: readonly string[]): number[] {
  const index = new Map(servers.map((s, i) => [s, i]));
  const loads = new Array<number>(servers.length).fill(0);
  for (const server of assignment) {
    const i = index.get(server);
    if (i !== undefined) loads[i]++;
  }
  return loads;
}

/** A shared empty cookie jar: requests of the hashing suites carry no cookies unless a scenario says so. */
export const NO_COOKIES: Readonly<Record<string, string>> = Object.freeze({});

/**
 * Routes each key once (as `clientIp`) at `time` and returns the server of
 * each, in key order. `firstIndex` numbers the requests for messages.
 */
export function routeKeys(balancer: GuardedBalancer, keys: readonly string[], time: number, firstIndex = 0): string[] {
  const out = new Array<string>(keys.length);
  for (let i = 0; i < keys.length; i++) {
    out[i] = balancer.route({ time, clientIp: keys[i], cookies: NO_COOKIES }, firstIndex + i).server;
  }
  return out;
}

/** "app-3 1,020 · app-7 998 · …" for messages. */
export function describeLoads(servers: readonly string[], loads: readonly number[]): string {
  return servers.map((s, i) => `${s} ${loads[i].toLocaleString('en-US')}`).join(', ');
}
