// Round robin: send each request to the next server in turn.
// The types ServerId, IncomingRequest, Decision and Balancer are already in scope.

export function createBalancer(): Balancer {
  let servers: ServerId[] = [];

  return {
    setServers(list) {
      servers = [...list];
    },
    route(request) {
      // Always the first server: replace this with a rotation.
      return { server: servers[0] };
    },
  };
}
