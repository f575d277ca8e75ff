// expect-fail: redeployed-after-drain
// Mistake: a drained server is remembered as draining forever. When it is
// removed and later added back (a fresh deploy under the same name), it takes
// no new sessions, stays empty, and the others carry its share.

export function createBalancer(opts: { idleTimeoutMs: number }): Balancer {
  const COOKIE = 'lb_session';
  const sessions = new Map<string, { server: ServerId; lastSeen: number }>();
  // The ids of the active sessions of each server in the set.
  const active = new Map<ServerId, Set<string>>();
  const expiries: { id: string; at: number }[] = [];
  let head = 0;
  // Servers that take no new sessions; their live sessions stay. Nothing
  // ever takes a server out of this set.
  const draining = new Set<ServerId>();

  function expire(now: number): void {
    while (head < expiries.length && expiries[head].at <= now) {
      const { id } = expiries[head++];
      const session = sessions.get(id);
      if (session && session.lastSeen + opts.idleTimeoutMs <= now) {
        sessions.delete(id);
        active.get(session.server)?.delete(id);
      }
    }
  }

  function newId(): string {
    let id = '';
    for (let i = 0; i < 4; i++) id += Math.floor(Math.random() * 0x100000000).toString(16).padStart(8, '0');
    return id;
  }

  function touch(id: string, now: number): void {
    expiries.push({ id, at: now + opts.idleTimeoutMs });
  }

  return {
    setServers(list) {
      // A server that left takes its sessions with it: those clients start over.
      for (const [server, ids] of active) {
        if (!list.includes(server)) {
          for (const id of ids) sessions.delete(id);
          active.delete(server);
        }
      }
      for (const server of list) if (!active.has(server)) active.set(server, new Set());
    },

    drain(server) {
      draining.add(server);
    },

    route(request) {
      expire(request.time);
      const id = request.cookies[COOKIE];
      const session = typeof id === 'string' ? sessions.get(id) : undefined;
      if (session) {
        session.lastSeen = request.time;
        touch(id, request.time);
        return { server: session.server };
      }
      let best: ServerId | null = null;
      for (const [server, ids] of active) {
        if (draining.has(server)) continue;
        if (best === null || ids.size < active.get(best)!.size) best = server;
      }
      const fresh = newId();
      sessions.set(fresh, { server: best!, lastSeen: request.time });
      active.get(best!)!.add(fresh);
      touch(fresh, request.time);
      return { server: best!, setCookies: { [COOKIE]: fresh } };
    },
  };
}
