// expect-fail: ipv6
// Mistake: parse four decimal octets and treat anything else as "unknown",
// sending every IPv6 client to one server.

export function createBalancer(): Balancer {
  let servers: ServerId[] = [];
  return {
    setServers(list) {
      servers = [...list].sort();
    },
    route(request) {
      const octets = request.clientIp.split('.').map(Number);
      if (octets.length !== 4 || octets.some((o) => !Number.isInteger(o))) return { server: servers[0] };
      let h = 0;
      for (const o of octets) h = (Math.imul(h, 31) + o) >>> 0;
      h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
      h ^= h >>> 12;
      return { server: servers[(h >>> 0) % servers.length] };
    },
  };
}
