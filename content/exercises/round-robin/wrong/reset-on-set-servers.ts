// expect-fail: reorder-mid-round
// Mistake: the rotation starts over from the first server whenever the set
// changes, so the server that opens the rotation gets a double hit and the
// ones at the end of the last round are skipped.

export function createBalancer(): Balancer {
  let servers: ServerId[] = [];
  let next = 0;

  return {
    setServers(list) {
      servers = [...list].sort();
      next = 0;
    },
    route() {
      const server = servers[next % servers.length];
      next++;
      return { server };
    },
  };
}
