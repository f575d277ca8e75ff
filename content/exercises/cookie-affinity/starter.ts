// Cookie affinity: a client's session stays on one server, thanks to a
// cookie this balancer sets. The types ServerId, IncomingRequest, Decision
// and Balancer are already in scope.

export function createBalancer(opts: { idleTimeoutMs: number }): Balancer {
  let servers: ServerId[] = [];
  let next = 0;

  return {
    setServers(list) {
      servers = [...list];
    },
    route(request) {
      // Round robin, and no cookie: every request may land somewhere else.
      // Read request.cookies, remember sessions, and set a cookie on new ones.
      const server = servers[next++ % servers.length];
      return { server };
    },
  };
}
