// Reference: rotate over the servers in a fixed order (sorted ids), and
// remember the last server served rather than an index. When the set
// changes, the next server is simply the first one after the last served in
// that order, so the rotation carries on without skipping or repeating.

export function createBalancer(): Balancer {
  let ring: ServerId[] = [];
  let last: ServerId | null = null;

  return {
    setServers(list) {
      // The list's order means nothing, so we impose our own.
      ring = [...list].sort();
    },
    route() {
      const next = (last === null ? undefined : ring.find((s) => s > last!)) ?? ring[0];
      last = next;
      return { server: next };
    },
  };
}
