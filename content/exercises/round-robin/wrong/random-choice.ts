// expect-fail: stable-rotation
// Mistake: a random server per request. Even on average, but not round
// robin: the same server can come up twice in a row.

export function createBalancer(): Balancer {
  let servers: ServerId[] = [];

  return {
    setServers(list) {
      servers = [...list];
    },
    route() {
      return { server: servers[Math.floor(Math.random() * servers.length)] };
    },
  };
}
