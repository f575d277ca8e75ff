// expect-fail: order-independent
// Mistake: virtual points named after the server's position in the list
// ("#3-17") instead of its id. The ring is balanced and lookups are fast,
// but two replicas given the same servers in another order disagree.

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
  let hashes: number[] = [];
  let owners: ServerId[] = [];
  return {
    setServers(list) {
      const points: { hash: number; server: ServerId }[] = [];
      list.forEach((server, position) => {
        for (let i = 0; i < 160; i++) points.push({ hash: hash32(`#${position}-${i}`), server });
      });
      points.sort((a, b) => a.hash - b.hash);
      hashes = points.map((p) => p.hash);
      owners = points.map((p) => p.server);
    },
    route(request) {
      const h = hash32(request.clientIp);
      let lo = 0;
      let hi = hashes.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (hashes[mid] < h) lo = mid + 1;
        else hi = mid;
      }
      return { server: owners[lo === hashes.length ? 0 : lo] };
    },
  };
}
