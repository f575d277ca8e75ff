/**
 * The NAT arithmetic of lesson 4. With address affinity, a fraction p of
 * users behind one address all land on one of N servers, which also gets its
 * fair 1/N of everyone else: its share is p + (1 - p)/N, and max/mean is
 * N times that, 1 + p(N - 1).
 */
export function natSkew(sharedFraction: number, servers: number): number {
  return 1 + sharedFraction * (servers - 1);
}

/** Shares of sessions per server under address affinity, the NAT server first. */
export function natShares(sharedFraction: number, servers: number): number[] {
  const fair = (1 - sharedFraction) / servers;
  return Array.from({ length: servers }, (_, i) => (i === 0 ? sharedFraction + fair : fair));
}

/** Chance that a client whose address changes lands on another of N servers under a good hash. */
export function movedByNewAddress(servers: number): number {
  return (servers - 1) / servers;
}
