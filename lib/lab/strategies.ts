/**
 * The strategies the lab offers: each balancer (./balancers) with what the
 * lab needs to explain it: where session state lives, and how to tell which
 * sessions a change of servers moves.
 */
import type { SimBalancer, SimRequestView } from './balancer-contract';
import { boundedLoad, consistentHash, cookieLeastSessions, ipHash, roundRobin, sessionStore } from './balancers';
import { HashRing } from './ring';

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
 * 'none'  - there is no routing key (every request may go anywhere);
 * 'observed' - the routing cannot be asked without side effects (the
 *   learner's code), so a live session counts as moved when its next request
 *   after the change lands on another server.
 */
export type KeyModel = 'route' | 'bound' | 'none' | 'observed';

/** A built-in strategy, or the learner's balancer ("Your code"). */
export type LabStrategyId = StrategyId | 'yours';

export interface LabStrategy {
  id: LabStrategyId;
  balancer: SimBalancer;
  /** Session state lives on the server that created it, or in a shared store. */
  stateIn: 'server' | 'store';
  keyModel: KeyModel;
  /** For 'route': the server this request would reach now, with no side effects. */
  ownerOf?(request: SimRequestView): string;
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

/**
 * The learner's balancer as a lab strategy. Sessions live on the servers
 * (every Balancer exercise is about where state sits), and keys moved are
 * observed from landings: the lab never calls learner code just to ask.
 */
export function customStrategy(balancer: SimBalancer): LabStrategy {
  return { id: 'yours', balancer, stateIn: 'server', keyModel: 'observed' };
}
