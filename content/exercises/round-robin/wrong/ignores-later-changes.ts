// expect-fail: server-removed
// Mistake: only the first setServers call is kept, so a removed server keeps
// getting requests and a new one never gets any.

export function createBalancer(): Balancer {
  let servers: ServerId[] | null = null;
  let next = 0;

  return {
    setServers(list) {
      if (servers === null) servers = [...list].sort();
    },
    route() {
      const server = servers![next % servers!.length];
      next++;
      return { server };
    },
  };
}
