// Reference: hash the whole address text, pick from the servers sorted by name.

/** FNV-1a over the UTF-16 code units, then murmur3's finalizer so that every
 *  input bit moves every output bit (raw FNV-1a clusters on similar strings). */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function createBalancer(): Balancer {
  let servers: ServerId[] = [];
  return {
    setServers(list) {
      // Sorted, so that every replica given the same set in any order agrees.
      servers = [...list].sort();
    },
    route(request) {
      // The whole address, IPv4 or IPv6, as text: no parsing, no octet dropped.
      return { server: servers[hash32(request.clientIp) % servers.length] };
    },
  };
}
