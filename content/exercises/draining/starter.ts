// Draining: stop placing new sessions on a server before it is taken out,
// while the sessions it already has finish there. The types ServerId,
// IncomingRequest, Decision and Balancer are already in scope.
// Start from your cookie-affinity balancer: everything it checks still holds.

export function createBalancer(opts: { idleTimeoutMs: number }): Balancer {
  let servers: ServerId[] = [];
  let next = 0;

  return {
    setServers(list) {
      servers = [...list];
    },
    drain(server) {
      // Remember that `server` takes no new sessions.
    },
    route(request) {
      // No affinity yet: every request may land anywhere, drained or not.
      const server = servers[next++ % servers.length];
      return { server };
    },
  };
}
