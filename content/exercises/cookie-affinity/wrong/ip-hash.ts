// expect-fail: nat-office
// Mistake: affinity by hashing the client's address. It needs no table, but
// everyone behind one office NAT lands on the same server, and a phone that
// changes network changes server. The cookie it sets is decoration.

export function createBalancer(opts: { idleTimeoutMs: number }): Balancer {
  let servers: ServerId[] = [];

  function hash(text: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h >>> 0;
  }

  return {
    setServers(list) {
      servers = [...list].sort();
    },
    route(request) {
      const server = servers[hash(request.clientIp) % servers.length];
      return { server, setCookies: { visit: Math.random().toString(36).slice(2) } };
    },
  };
}
