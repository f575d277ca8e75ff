// Send each client address to one server, always the same one while the set
// of servers does not change. Hash the whole address (IPv4 or IPv6 text).

export function createBalancer(): Balancer {
  let servers: ServerId[] = [];
  return {
    setServers(list) {
      servers = [...list];
    },
    route(request) {
      // Every address goes to the first server: sticky, but not balanced.
      // Replace this with a hash of request.clientIp.
      return { server: servers[0] };
    },
  };
}
