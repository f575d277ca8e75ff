/**
 * The arithmetic of lesson 6: long-lived connections are affinity. A client
 * that opens one HTTP/2 or gRPC connection and multiplexes every request over
 * it is pinned to the backend that accepted the connection, exactly as a
 * cookie would pin it, until the connection closes.
 *
 * Model for a scale-out: C long-lived client connections spread evenly over N
 * servers; k servers join. A connection moves only when it is re-opened. With
 * a server-side maximum connection age A (gRPC's MAX_CONNECTION_AGE, which
 * sends GOAWAY, and whose implementations add jitter), each connection is
 * recycled once per A; take their ages as uniform, so a fraction min(t/A, 1)
 * has reconnected t minutes after the scale-out.
 */

/** Servers that receive any traffic when L4 balancing places whole connections: one per connection at most. */
export function serversInUse(connections: number, servers: number): number {
  return Math.min(connections, servers);
}

/** Load on each old server relative to the mean right after k servers join N and no connection has moved. */
export function oldServerLoadAfterScaleOut(oldServers: number, added: number): number {
  return (oldServers + added) / oldServers;
}

/**
 * Share of the mean that a new server holds t minutes after joining when
 * reconnecting clients are placed at random (or round-robin): it receives its
 * fair 1/(N + k) of the connections that have reconnected so far.
 */
export function randomPlacementShare(minute: number, maxAgeMinutes: number): number {
  return Math.min(1, minute / maxAgeMinutes);
}

/**
 * With least-connections placement every reconnecting client goes to a new
 * server until the new servers hold their fair share k/(N + k) of all
 * connections; reconnections arrive at C/A per minute, so that takes
 * A·k/(N + k) minutes.
 */
export function leastConnectionsCatchUpMinutes(oldServers: number, added: number, maxAgeMinutes: number): number {
  return (maxAgeMinutes * added) / (oldServers + added);
}

/** Reconnections per second the fleet absorbs when C connections are each recycled once per A minutes. */
export function reconnectsPerSecond(connections: number, maxAgeMinutes: number): number {
  return connections / (maxAgeMinutes * 60);
}

/** Figures the lesson prints, so the prose cannot drift from connection-age.test.ts. */
export const figures = {
  /** Three client pods, one HTTP/2 connection each, five server pods behind an L4 balancer. */
  busyOf5With3Clients: serversInUse(3, 5),
  idleOf5With3Clients: 5 - serversInUse(3, 5),
  /** Four servers become five: each old server carries 5/4 of the mean until connections move. */
  oldLoad4to5: oldServerLoadAfterScaleOut(4, 1),
  /** MAX_CONNECTION_AGE of 30 minutes, random placement: the new server's share of the mean after 10 minutes. */
  randomShareAt10of30: randomPlacementShare(10, 30),
  /** ... and the minutes until it reaches 90% of the mean. */
  randomTo90of30: 0.9 * 30,
  /** Least-connections placement, 4 → 5, A = 30 minutes: caught up after A/5 minutes. */
  leastConnCatchUp4to5of30: leastConnectionsCatchUpMinutes(4, 1, 30),
  /** 10,000 client connections recycled every 5 minutes, and every 30 minutes. */
  reconnectsPerSecond10kAt5: reconnectsPerSecond(10_000, 5),
  reconnectsPerSecond10kAt30: reconnectsPerSecond(10_000, 30),
} as const;
