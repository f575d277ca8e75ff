/**
 * The balancers the lab can run. Round-robin, address hashing and cookie
 * affinity are the simulator's reference strategies (lib/sim/strategies);
 * consistent hashing, bounded loads and the shared session store are the
 * lab's own. Each comes with what the lab needs to explain it: where session
 * state lives, and how to tell which sessions a change of servers moves.
 */
import type { SimBalancer, SimRequestView } from '@/lib/sim/simulation';
import { cookieLeastSessions, ipHash, roundRobin } from '@/lib/sim/strategies';
import { HashRing } from './ring';
import { WindowCounter } from './window-counter';

export const STRATEGY_IDS = ['round-robin', 'cookie', 'ip-hash', 'consistent-hash', 'bounded-load', 'session-store'] as const;
export type StrategyId = (typeof STRATEGY_IDS)[number];

export const STRATEGY_LABELS: Record<StrategyId, string> = {
  'round-robin': 'Round-robin (no affinity)',
  cookie: 'Cookie affinity',
  'ip-hash': 'IP hash (mod N)',
  'consistent-hash': 'Consistent hashing',
  'bounded-load': 'Bounded loads (c = 1.25)',
  'session-store': 'Shared session store',
};

/**
 * How a change of servers moves sessions, for the "keys moved" count:
 * 'route' - routing is a pure function of the request, so ask it again;
 * 'bound' - a session stays on its server unless that server left;
 * 'none'  - there is no routing key (every request may go anywhere).
 */
export type KeyModel = 'route' | 'bound' | 'none';

export interface LabStrategy {
  id: StrategyId;
  balancer: SimBalancer;
  /** Session state lives on the server that created it, or in a shared store. */
  stateIn: 'server' | 'store';
  keyModel: KeyModel;
  /** For 'route': the server this request would reach now, with no side effects. */
  ownerOf?(request: SimRequestView): string;
}

/** Address hashing on a ring: `hash $remote_addr consistent` in NGINX terms. */
function consistentHash(ring: HashRing): SimBalancer {
  return {
    setServers: (servers) => ring.setServers(servers),
    route: (r) => ({ server: ring.ownerOf(r.clientIp) }),
  };
}

/**
 * Consistent hashing with bounded loads on recent requests: a key goes to its
 * home on the ring unless that server already carries more than c times the
 * mean over the last few seconds; then it walks clockwise to the first server
 * with room. Overflow keeps the busiest server near c times the mean, at the
 * price of requests that leave the server holding their session.
 */
function boundedLoad(ring: HashRing, c: number, windowMs: number): SimBalancer {
  let servers: string[] = [];
  const recent = new WindowCounter(windowMs);
  return {
    setServers: (list) => {
      servers = [...list];
      ring.setServers(servers);
    },
    route: (r) => {
      recent.advance(r.time);
      let total = 0;
      for (const s of servers) total += recent.count(s);
      const cap = Math.ceil((c * (total + 1)) / servers.length);
      const start = ring.indexOf(r.clientIp);
      let server = ring.ownerAt(start);
      // Each server appears within a walk of the whole ring; stop at the first with room.
      for (let i = 0; i < ring.size && recent.count(server) >= cap; i++) server = ring.ownerAt(start + i + 1);
      recent.add(server, r.time);
      return { server };
    },
  };
}

/**
 * Any server can serve any request, because the session lives in a shared
 * store: plain rotation over the servers that are not draining.
 */
function sessionStore(): SimBalancer {
  let servers: string[] = [];
  const draining = new Set<string>();
  let turn = 0;
  return {
    setServers: (list) => {
      servers = [...list].sort();
      for (const s of [...draining]) if (!servers.includes(s)) draining.delete(s);
    },
    drain: (server) => void draining.add(server),
    route: () => {
      const open = servers.filter((s) => !draining.has(s));
      const pool = open.length ? open : servers;
      return { server: pool[turn++ % pool.length] };
    },
  };
}

export function createStrategy(id: StrategyId, idleTimeoutMs: number): LabStrategy {
  switch (id) {
    case 'round-robin':
      return { id, balancer: roundRobin(), stateIn: 'server', keyModel: 'none' };
    case 'cookie':
      return { id, balancer: cookieLeastSessions(idleTimeoutMs), stateIn: 'server', keyModel: 'bound' };
    case 'ip-hash': {
      const balancer = ipHash();
      // ipHash's route is a pure function of the address and the server set.
      return { id, balancer, stateIn: 'server', keyModel: 'route', ownerOf: (r) => balancer.route(r).server };
    }
    case 'consistent-hash': {
      const ring = new HashRing();
      return { id, balancer: consistentHash(ring), stateIn: 'server', keyModel: 'route', ownerOf: (r) => ring.ownerOf(r.clientIp) };
    }
    case 'bounded-load': {
      const ring = new HashRing();
      // Keys moved counts keys whose home on the ring changed; overflow is load-driven, not a move.
      return { id, balancer: boundedLoad(ring, 1.25, 5000), stateIn: 'server', keyModel: 'route', ownerOf: (r) => ring.ownerOf(r.clientIp) };
    }
    case 'session-store':
      return { id, balancer: sessionStore(), stateIn: 'store', keyModel: 'none' };
  }
}
