// Alternative: the cookie itself says where the session lives, signed so it
// cannot be read or forged: "<session id>.<tag>", where the tag is a keyed
// hash of the id and the server. To route, try each server in the set and
// keep the one whose tag matches. A table of last-seen times remains, but
// only to count active sessions for placing new ones.

export function createBalancer(opts: { idleTimeoutMs: number }): Balancer {
  const COOKIE = 'affinity';
  const secret = Math.floor(Math.random() * 0x100000000);
  let servers: ServerId[] = [];
  const lastSeen = new Map<string, { server: ServerId; at: number }>();
  const count = new Map<ServerId, number>();
  const queue: { id: string; at: number }[] = [];
  let head = 0;

  // FNV-1a of "id|server", keyed by the secret; two keys give a 64-bit tag.
  function fnv(key: number, id: string, server: ServerId): number {
    let h = (0x811c9dc5 ^ key) >>> 0;
    const text = `${id}|${server}`;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    return h;
  }

  function tag(id: string, server: ServerId): string {
    const hex = (n: number) => n.toString(16).padStart(8, '0');
    return hex(fnv(secret, id, server)) + hex(fnv(secret ^ 0x5bd1e995, id, server));
  }

  /** The server in the set whose tag the cookie carries, if any. */
  function serverOf(id: string, tagText: string): ServerId | undefined {
    if (!/^[0-9a-f]{16}$/.test(tagText)) return undefined;
    // Compare numbers, not strings: no text to build per server tried.
    const high = parseInt(tagText.slice(0, 8), 16);
    const low = parseInt(tagText.slice(8), 16);
    return servers.find((s) => fnv(secret, id, s) === high && fnv(secret ^ 0x5bd1e995, id, s) === low);
  }

  function forget(id: string): void {
    const entry = lastSeen.get(id);
    if (!entry) return;
    lastSeen.delete(id);
    count.set(entry.server, (count.get(entry.server) ?? 1) - 1);
  }

  function remember(id: string, server: ServerId, now: number): void {
    const entry = lastSeen.get(id);
    if (entry && entry.server !== server) forget(id);
    if (!lastSeen.has(id)) count.set(server, (count.get(server) ?? 0) + 1);
    lastSeen.set(id, { server, at: now });
    queue.push({ id, at: now + opts.idleTimeoutMs });
  }

  function expire(now: number): void {
    while (head < queue.length && queue[head].at <= now) {
      const { id } = queue[head++];
      const entry = lastSeen.get(id);
      if (entry && entry.at + opts.idleTimeoutMs <= now) forget(id);
    }
  }

  return {
    setServers(list) {
      servers = [...list];
      // Sessions of a server that left are over.
      for (const [id, entry] of lastSeen) if (!servers.includes(entry.server)) forget(id);
      for (const s of servers) if (!count.has(s)) count.set(s, 0);
    },

    route(request) {
      expire(request.time);
      const cookie = request.cookies[COOKIE];
      if (typeof cookie === 'string') {
        const dot = cookie.indexOf('.');
        const id = cookie.slice(0, dot);
        const server = dot > 0 ? serverOf(id, cookie.slice(dot + 1)) : undefined;
        if (server) {
          remember(id, server, request.time);
          return { server };
        }
      }
      let best = servers[0];
      for (const s of servers) if ((count.get(s) ?? 0) < (count.get(best) ?? 0)) best = s;
      const id = Math.floor(Math.random() * 2 ** 52).toString(36) + Math.floor(Math.random() * 2 ** 52).toString(36);
      remember(id, best, request.time);
      return { server: best, setCookies: { [COOKIE]: `${id}.${tag(id, best)}` } };
    },
  };
}
