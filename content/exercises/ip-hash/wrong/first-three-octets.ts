// expect-fail: balance-packed-24
// Mistake: hash only the first three octets, as NGINX ip_hash does. A whole
// /24 network (an office, a carrier pool) lands on one server.

function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

export function createBalancer(): Balancer {
  let servers: ServerId[] = [];
  return {
    setServers(list) {
      servers = [...list].sort();
    },
    route(request) {
      const ip = request.clientIp;
      const key = ip.includes('.') ? ip.split('.').slice(0, 3).join('.') : ip;
      return { server: servers[hash32(key) % servers.length] };
    },
  };
}
