/**
 * Reference balancers for the lab and for figures in lessons: the baseline,
 * address hashing, and cookie affinity with least-sessions placement. The
 * exercise reference solutions are written for learners; these are compact.
 */
import type { SimBalancer, SimRequestView } from './simulation';

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  // A murmur-style finalizer: raw FNV-1a spreads short, similar keys poorly.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

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
    route: (r: SimRequestView) => ({ server: ring[fnv1a(r.clientIp) % ring.length] }),
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
      const sid = `s${(counter++).toString(36)}${fnv1a(`${r.time}:${counter}`).toString(36)}`;
      sessions.set(sid, { server: best, last: r.time });
      return { server: best, setCookies: { sid } };
    },
  };
}
