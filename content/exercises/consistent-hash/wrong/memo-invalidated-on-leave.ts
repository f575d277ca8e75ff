// expect-fail: add-server
// Mistake: a correct ring behind a per-key memo of earlier answers, which is
// invalidated only when a server leaves. Removals move exactly the right
// keys, but a server that joins never receives any: every key it should own
// was already answered and stays where it was.

const POINTS_PER_SERVER = 160;

/** FNV-1a, then murmur3's finalizer: raw FNV-1a clusters labels like "app-1#7". */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

interface Point {
  hash: number;
  server: ServerId;
}

export function createBalancer(): Balancer {
  let hashes: Uint32Array = new Uint32Array(0);
  let owners: ServerId[] = [];
  // Answers already given, so that a known key skips the ring.
  const memo = new Map<string, ServerId>();

  return {
    setServers(list) {
      const points: Point[] = [];
      for (const server of list) {
        for (let i = 0; i < POINTS_PER_SERVER; i++) points.push({ hash: hash32(`${server}#${i}`), server });
      }
      // Ties between two servers' points are broken by id, so the ring depends
      // on the set only, never on the order of the list.
      points.sort((a, b) => a.hash - b.hash || (a.server < b.server ? -1 : a.server > b.server ? 1 : 0));
      hashes = Uint32Array.from(points, (p) => p.hash);
      owners = points.map((p) => p.server);
      // Only the keys of a server that left are forgotten: a newcomer's arcs
      // are never consulted for keys already in the memo.
      const present = new Set(list);
      for (const [key, server] of memo) if (!present.has(server)) memo.delete(key);
    },
    route(request) {
      const known = memo.get(request.clientIp);
      if (known !== undefined) return { server: known };
      const h = hash32(request.clientIp);
      // First point at or after h, clockwise; past the last point, wrap to 0.
      let lo = 0;
      let hi = hashes.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (hashes[mid] < h) lo = mid + 1;
        else hi = mid;
      }
      const server = owners[lo === hashes.length ? 0 : lo];
      memo.set(request.clientIp, server);
      return { server };
    },
  };
}
