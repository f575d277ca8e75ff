// expect-fail: deterministic-overflow
// Mistake: when the home server is full, spill to a random server with room.
// The bound holds, but two balancer replicas place the same keys differently.

const POINTS_PER_SERVER = 100;

function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

interface Active {
  server: ServerId;
  last: number;
}

export function createBalancer(opts: { loadFactor: number; idleTimeoutMs: number }): Balancer {
  let hashes = new Uint32Array(0);
  let owners: ServerId[] = [];
  let serverCount = 0;
  const load = new Map<ServerId, number>();
  // A Map iterates in insertion order; re-inserting a key on each request keeps
  // the least recently seen keys at the front, where expiry looks.
  const active = new Map<string, Active>();

  function release(key: string, entry: Active): void {
    active.delete(key);
    const n = load.get(entry.server);
    if (n !== undefined) load.set(entry.server, n - 1);
  }

  function expire(now: number): void {
    for (const [key, entry] of active) {
      if (now - entry.last < opts.idleTimeoutMs) break;
      release(key, entry);
    }
  }

  return {
    setServers(list) {
      const points: { hash: number; server: ServerId }[] = [];
      for (const server of list) for (let i = 0; i < POINTS_PER_SERVER; i++) points.push({ hash: hash32(`${server}#${i}`), server });
      points.sort((a, b) => a.hash - b.hash || (a.server < b.server ? -1 : 1));
      hashes = Uint32Array.from(points, (p) => p.hash);
      owners = points.map((p) => p.server);
      serverCount = list.length;
      const kept = new Set(list);
      // Keys of a server that left are placed again on their next request.
      for (const [key, entry] of active) if (!kept.has(entry.server)) active.delete(key);
      for (const server of [...load.keys()]) if (!kept.has(server)) load.delete(server);
      for (const server of list) if (!load.has(server)) load.set(server, 0);
    },
    route(request) {
      expire(request.time);
      const key = request.clientIp;
      const entry = active.get(key);
      if (entry) {
        active.delete(key);
        entry.last = request.time;
        active.set(key, entry);
        return { server: entry.server };
      }
      // The cap counts the new key among the active ones.
      const cap = Math.ceil((opts.loadFactor * (active.size + 1)) / serverCount);
      const h = hash32(key);
      let lo = 0;
      let hi = hashes.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (hashes[mid] < h) lo = mid + 1;
        else hi = mid;
      }
      // Walk clockwise to the first server with room; one always has room,
      // since the caps add up to at least loadFactor × active keys.
      const home = owners[lo % owners.length];
      const roomy = [...load.keys()].filter((s) => (load.get(s) ?? 0) + 1 <= cap);
      // Home is full: spill to any server with room, picked at random.
      const server = (load.get(home) ?? 0) + 1 <= cap ? home : roomy[Math.floor(Math.random() * roomy.length)];
      if (server !== undefined) {
        load.set(server, (load.get(server) ?? 0) + 1);
        active.set(key, { server, last: request.time });
        return { server };
      }
      throw new Error('no server below the cap: unreachable when loadFactor >= 1');
    },
  };
}
