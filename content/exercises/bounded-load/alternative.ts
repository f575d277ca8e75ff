// A second design: rendezvous ranking with a bound. Each server scores the
// key; a new key goes to the best-scoring server below the cap. Active keys
// live in a table swept lazily by a min-heap of expiry times.

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return mix(h);
}

export function createBalancer(opts: { loadFactor: number; idleTimeoutMs: number }): Balancer {
  let servers: { id: ServerId; salt: number }[] = [];
  const load = new Map<ServerId, number>();
  const table = new Map<string, { server: ServerId; last: number }>();
  // (expiry time, key) pairs; stale pairs (the key came back since) are skipped.
  const heap: { at: number; key: string }[] = [];

  function push(item: { at: number; key: string }): void {
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent].at <= heap[i].at) break;
      [heap[parent], heap[i]] = [heap[i], heap[parent]];
      i = parent;
    }
  }

  function pop(): void {
    const last = heap.pop()!;
    if (heap.length === 0) return;
    heap[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && heap[l].at < heap[m].at) m = l;
      if (r < heap.length && heap[r].at < heap[m].at) m = r;
      if (m === i) return;
      [heap[m], heap[i]] = [heap[i], heap[m]];
      i = m;
    }
  }

  function expire(now: number): void {
    while (heap.length > 0 && heap[0].at <= now) {
      const { key } = heap[0];
      pop();
      const entry = table.get(key);
      // Expired only if its latest request is idleTimeoutMs or more ago.
      if (entry && now - entry.last >= opts.idleTimeoutMs) {
        table.delete(key);
        if (load.has(entry.server)) load.set(entry.server, load.get(entry.server)! - 1);
      }
    }
  }

  return {
    setServers(list) {
      servers = [...list].sort().map((id) => ({ id, salt: hash32(id) }));
      const kept = new Set(list);
      for (const [key, entry] of table) if (!kept.has(entry.server)) table.delete(key);
      for (const id of [...load.keys()]) if (!kept.has(id)) load.delete(id);
      for (const id of list) if (!load.has(id)) load.set(id, 0);
    },
    route(request) {
      expire(request.time);
      const key = request.clientIp;
      const entry = table.get(key);
      if (entry) {
        entry.last = request.time;
        push({ at: request.time + opts.idleTimeoutMs, key });
        return { server: entry.server };
      }
      const cap = Math.ceil((opts.loadFactor * (table.size + 1)) / servers.length);
      const k = hash32(key);
      const ranked = servers.map((s) => ({ id: s.id, score: mix(k ^ s.salt) })).sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
      const chosen = ranked.find((s) => (load.get(s.id) ?? 0) + 1 <= cap) ?? ranked[0];
      load.set(chosen.id, (load.get(chosen.id) ?? 0) + 1);
      table.set(key, { server: chosen.id, last: request.time });
      push({ at: request.time + opts.idleTimeoutMs, key });
      return { server: chosen.id };
    },
  };
}
