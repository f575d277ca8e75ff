/**
 * Plays a timeline against the learner's balancer while BoundedTruth checks
 * every decision. Returns the first broken rule (or null), the numbers the
 * suite reports, and the load series of active keys per server.
 */
import { LoadSeriesBuilder } from '../../kit/load-series';
import { GuardedBalancer } from '../../guard/balancer';
import type { LearnerExports } from '../../scenario';
import type { LoadSeries } from '../../types';
import type { Step } from './traffic';
import { BoundedTruth } from './truth';
import { NO_COOKIES } from '../../kit/hash-fleet';

export interface BoundedOptions {
  loadFactor: number;
  idleTimeoutMs: number;
  initialServers: string[];
  /** Home server of each key (its placement with no load), for the home-share metric. */
  homes?: ReadonlyMap<string, string>;
  /** Sample active keys per server this often (simulated ms); 0 = no series. */
  seriesEveryMs?: number;
}

export interface DriveResult {
  failure: string | null;
  requests: number;
  placements: number;
  atHome: number;
  worstRatio: number;
  decisions: string[];
  series?: LoadSeries;
  truth: BoundedTruth;
}

export function drive(exports: LearnerExports, steps: readonly Step[], options: BoundedOptions): DriveResult {
  const balancer = new GuardedBalancer(exports, [{ loadFactor: options.loadFactor, idleTimeoutMs: options.idleTimeoutMs }]);
  const truth = new BoundedTruth(options.loadFactor, options.idleTimeoutMs);
  const series = options.seriesEveryMs ? new LoadSeriesBuilder('active keys', options.seriesEveryMs) : null;
  balancer.setServers(options.initialServers);
  truth.setServers(options.initialServers);
  const decisions: string[] = [];
  let requests = 0;
  let atHome = 0;
  let failure: string | null = null;
  for (const step of steps) {
    if (step.kind === 'servers') {
      truth.expire(step.time);
      balancer.setServers(step.servers);
      truth.setServers(step.servers);
      series?.event({ time: step.time, kind: step.event, label: step.label });
      continue;
    }
    truth.expire(step.time);
    const fresh = truth.boundServer(step.key) === null;
    const { server } = balancer.route({ time: step.time, clientIp: step.key, cookies: NO_COOKIES }, requests);
    requests++;
    decisions.push(server);
    failure = truth.record(step.key, step.time, server, requests);
    if (failure) break;
    if (fresh && options.homes?.get(step.key) === server) atHome++;
    series?.sample(step.time, truth.loadMap());
  }
  return {
    failure,
    requests,
    placements: truth.placements,
    atHome,
    worstRatio: truth.worstRatio,
    decisions,
    series: series?.build(),
    truth,
  };
}

/**
 * Each key's placement when it is the only active key: routed one at a time
 * on a fresh balancer, idleTimeoutMs apart, so no load can push it away.
 */
export function probeHomes(exports: LearnerExports, keys: readonly string[], servers: string[], loadFactor: number, idleTimeoutMs: number): Map<string, string> {
  const balancer = new GuardedBalancer(exports, [{ loadFactor, idleTimeoutMs }]);
  balancer.setServers(servers);
  const homes = new Map<string, string>();
  const gap = idleTimeoutMs * 2;
  keys.forEach((key, i) => {
    homes.set(key, balancer.route({ time: (i + 1) * gap, clientIp: key, cookies: NO_COOKIES }, i).server);
  });
  return homes;
}
