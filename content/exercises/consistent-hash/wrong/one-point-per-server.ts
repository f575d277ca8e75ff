// expect-fail: balance-10
// Mistake: a ring with a single point per server. Minimal disruption holds,
// but the arcs between points are very unequal: some servers own several
// times the mean share of keys.

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

export function createBalancer(): Balancer {
  let ring: { hash: number; server: ServerId }[] = [];
  return {
    setServers(list) {
      ring = list.map((server) => ({ hash: hash32(server), server })).sort((a, b) => a.hash - b.hash);
    },
    route(request) {
      const h = hash32(request.clientIp);
      const point = ring.find((p) => p.hash >= h) ?? ring[0];
      return { server: point.server };
    },
  };
}
