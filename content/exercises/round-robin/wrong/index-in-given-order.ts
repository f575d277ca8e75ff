// expect-fail: shrink-mid-round
// Mistake: a counter taken modulo the list as given. When a server leaves,
// every position after it shifts, so the counter lands on the wrong server.

export function createBalancer(): Balancer {
  let servers: readonly ServerId[] = [];
  let counter = 0;

  return {
    setServers(list) {
      servers = list;
    },
    route() {
      return { server: servers[counter++ % servers.length] };
    },
  };
}
