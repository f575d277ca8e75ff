// expect-fail: quick-recovery
// Mistake: when a server leaves, its sessions are not ended at once; each is
// dropped only when its client comes back and finds the server gone. If the
// server recovers before those clients return, the table still counts their
// sessions on it: phantom sessions that keep new sessions away from the one
// server that is in fact empty.

export function createBalancer(opts: { idleTimeoutMs: number }): Balancer {
  const COOKIE = 'lb_session';
  const sessions = new Map<string, { server: ServerId; lastSeen: number }>();
  // The ids of the sessions this table believes active, per server.
  const active = new Map<ServerId, Set<string>>();
  const expiries: { id: string; at: number }[] = [];
  let head = 0;
  let inSet = new Set<ServerId>();

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
      inSet = new Set(list);
      for (const server of list) if (!active.has(server)) active.set(server, new Set());
    },

    route(request) {
      expire(request.time);
      const id = request.cookies[COOKIE];
      const session = typeof id === 'string' ? sessions.get(id) : undefined;
      if (session && inSet.has(session.server)) {
        session.lastSeen = request.time;
        touch(id, request.time);
        return { server: session.server };
      }
      if (session) {
        // Its server is gone: only now is the session forgotten.
        sessions.delete(id);
        active.get(session.server)?.delete(id);
      }
      let best: ServerId | null = null;
      for (const server of inSet) {
        if (best === null || active.get(server)!.size < active.get(best)!.size) best = server;
      }
      const fresh = newId();
      sessions.set(fresh, { server: best!, lastSeen: request.time });
      active.get(best!)!.add(fresh);
      touch(fresh, request.time);
      return { server: best!, setCookies: { [COOKIE]: fresh } };
    },
  };
}
