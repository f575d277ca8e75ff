// Map each client address to a server so that when a server joins or leaves,
// only the keys that must move do move. The mapping must depend only on the
// address and the set of servers (not on the order of the list).

export function createBalancer(): Balancer {
  let servers: ServerId[] = [];
  return {
    setServers(list) {
      servers = [...list].sort();
    },
    route(request) {
      // Hash modulo the number of servers: balanced, but nearly every key
      // moves when the count changes. Replace this with a ring or rendezvous.
      let h = 0;
      for (let i = 0; i < request.clientIp.length; i++) h = (Math.imul(h, 31) + request.clientIp.charCodeAt(i)) >>> 0;
      return { server: servers[h % servers.length] };
    },
  };
}
