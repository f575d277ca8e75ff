// A second design: rendezvous (highest random weight) hashing. Each server
// scores the address; the highest score wins. No sorting needed, and when a
// server leaves only the addresses it held move.

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

function hashText(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return mix(h);
}

export function createBalancer(): Balancer {
  let servers: { id: ServerId; salt: number }[] = [];
  return {
    setServers(list) {
      servers = list.map((id) => ({ id, salt: hashText(id, 0x811c9dc5) }));
    },
    route(request) {
      const key = hashText(request.clientIp, 0x811c9dc5);
      let best = servers[0];
      let bestScore = -1;
      for (const s of servers) {
        const score = mix(key ^ s.salt);
        // Ties broken by id, so the list order never matters.
        if (score > bestScore || (score === bestScore && s.id < best.id)) {
          best = s;
          bestScore = score;
        }
      }
      return { server: best.id };
    },
  };
}
