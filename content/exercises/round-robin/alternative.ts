// Alternative: least recently used. Each route picks the server that has
// gone longest without a request (a server never used goes first). This is
// round robin too: a server is chosen again only after every other one has
// had its turn, and a change of the set needs no special care.

export function createBalancer(): Balancer {
  let servers: ServerId[] = [];
  const lastUsed = new Map<ServerId, number>();
  let clock = 0;

  return {
    setServers(list) {
      servers = [...list].sort();
    },
    route() {
      let best = servers[0];
      let bestTime = lastUsed.get(best) ?? -1;
      for (const s of servers) {
        const t = lastUsed.get(s) ?? -1;
        if (t < bestTime) {
          best = s;
          bestTime = t;
        }
      }
      lastUsed.set(best, clock++);
      return { server: best };
    },
  };
}
