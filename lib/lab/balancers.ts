/**
 * The balancers the lab runs, written compactly (the exercise reference
 * solutions are the ones written for learners). Address hashing and the ring
 * use the course's one hash (lib/sim/hash), so mod-N and ring figures differ
 * only by the scheme, never by the hash.
 */
import { hash32 } from '@/lib/sim/hash';
import type { SimBalancer, SimRequestView } from './balancer-contract';
import type { HashRing } from './ring';
import { WindowCounter } from './window-counter';

export function roundRobin(): SimBalancer {
  let ring: string[] = [];
  let last: string | null = null;
  return {
    setServers: (servers) => void (ring = [...servers].sort()),
    route: () => {
      const next = (last === null ? undefined : ring.find((s) => s > last!)) ?? ring[0];
      last = next;
      return { server: next };
    },
  };
}

/** hash(address) mod N over the sorted servers: sticky while nothing changes. */
export function ipHash(): SimBalancer {
  let ring: string[] = [];
  return {
    setServers: (servers) => void (ring = [...servers].sort()),
    route: (r: SimRequestView) => ({ server: ring[hash32(r.clientIp) % ring.length] }),
  };
}

/** An inserted cookie naming a session; new sessions on the server with the fewest live ones. */
export function cookieLeastSessions(idleTimeoutMs: number): SimBalancer {
  const sessions = new Map<string, { server: string; last: number }>();
  let servers: string[] = [];
  let draining = new Set<string>();
  let counter = 0;
  const live = (now: number) => {
    const count = new Map(servers.map((s) => [s, 0]));
    for (const [id, s] of sessions) {
      if (now - s.last >= idleTimeoutMs || !count.has(s.server)) sessions.delete(id);
      else count.set(s.server, count.get(s.server)! + 1);
    }
    return count;
  };
  return {
    setServers: (list) => {
      servers = [...list];
      draining = new Set([...draining].filter((s) => servers.includes(s)));
    },
    drain: (server) => void draining.add(server),
    route: (r) => {
      const id = r.cookies.sid;
      const known = id === undefined ? undefined : sessions.get(id);
      if (known && servers.includes(known.server) && r.time - known.last < idleTimeoutMs) {
        known.last = r.time;
        return { server: known.server };
      }
      const count = live(r.time);
      const open = servers.filter((s) => !draining.has(s));
      const best = open.reduce((a, b) => (count.get(b)! < count.get(a)! ? b : a));
      const sid = `s${(counter++).toString(36)}${hash32(`${r.time}:${counter}`).toString(36)}`;
      sessions.set(sid, { server: best, last: r.time });
      return { server: best, setCookies: { sid } };
    },
  };
}

/** Address hashing on a ring: `hash $remote_addr consistent` in NGINX terms. */
export function consistentHash(ring: HashRing): SimBalancer {
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
export function boundedLoad(ring: HashRing, c: number, windowMs: number): SimBalancer {
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
export function sessionStore(): SimBalancer {
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
