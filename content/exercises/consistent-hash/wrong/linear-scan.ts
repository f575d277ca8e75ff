// expect-fail: large-ring-performance
// Mistake: a correct ring with 160 points per server, but every route scans
// all the points to find the next one clockwise: O(points) per request,
// 8,000 comparisons per route with 50 servers.

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
  let points: { hash: number; server: ServerId }[] = [];
  return {
    setServers(list) {
      points = [];
      for (const server of list) for (let i = 0; i < 160; i++) points.push({ hash: hash32(`${server}#${i}`), server });
    },
    route(request) {
      const h = hash32(request.clientIp);
      let next: { hash: number; server: ServerId } | null = null;
      let lowest = points[0];
      for (const p of points) {
        if (p.hash >= h && (next === null || p.hash < next.hash || (p.hash === next.hash && p.server < next.server))) next = p;
        if (p.hash < lowest.hash || (p.hash === lowest.hash && p.server < lowest.server)) lowest = p;
      }
      return { server: (next ?? lowest).server };
    },
  };
}
