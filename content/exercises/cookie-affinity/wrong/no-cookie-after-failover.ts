// expect-fail: failover-and-recovery
// Mistake: the cookie names its server through a keyed hash (opaque, fine),
// but when that server fails the session is moved without a new cookie. The
// client keeps the old one, and once the old server recovers, the session
// jumps back to it: moved sessions must stay where they moved.

export function createBalancer(opts: { idleTimeoutMs: number }): Balancer {
  const COOKIE = 'affinity';
  const secret = Math.floor(Math.random() * 0x100000000);
  let servers: ServerId[] = [];
  const lastSeen = new Map<string, { server: ServerId; at: number }>();
  const count = new Map<ServerId, number>();
  const queue: { id: string; at: number }[] = [];
  let head = 0;

  function tag(id: string, server: ServerId): string {
    let h = (0x811c9dc5 ^ secret) >>> 0;
    const text = `${id}|${server}`;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    return h.toString(16);
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

  function fewest(): ServerId {
    let best = servers[0];
    for (const s of servers) if ((count.get(s) ?? 0) < (count.get(best) ?? 0)) best = s;
    return best;
  }

  return {
    setServers(list) {
      servers = [...list];
      for (const [id, entry] of lastSeen) if (!servers.includes(entry.server)) forget(id);
    },
    route(request) {
      while (head < queue.length && queue[head].at <= request.time) {
        const { id } = queue[head++];
        const entry = lastSeen.get(id);
        if (entry && entry.at + opts.idleTimeoutMs <= request.time) forget(id);
      }
      const cookie = request.cookies[COOKIE];
      if (typeof cookie === 'string' && cookie.includes('.')) {
        const [id, mac] = cookie.split('.');
        const server = servers.find((s) => tag(id, s) === mac);
        if (server) {
          remember(id, server, request.time);
          return { server };
        }
        const known = lastSeen.get(id);
        if (known || mac) {
          // The server in the cookie is gone: move the session, keep the cookie.
          const moved = fewest();
          remember(id, moved, request.time);
          return { server: moved };
        }
      }
      const best = fewest();
      const id = Math.floor(Math.random() * 2 ** 52).toString(36);
      remember(id, best, request.time);
      return { server: best, setCookies: { [COOKIE]: `${id}.${tag(id, best)}` } };
    },
  };
}
