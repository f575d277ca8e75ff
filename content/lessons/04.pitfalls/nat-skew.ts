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

/**
 * Figures lesson 4 (and lesson 3) print straight from this module, so the
 * prose cannot drift from what nat-skew.test.ts recomputes.
 */
export const figures = {
  /** 30% of users behind one address, ten servers: 1 + 0.3 × 9. */
  natSkew30of10: natSkew(0.3, 10),
  /** 5% behind one address, ten servers: 1 + 0.05 × 9. */
  natSkew5of10: natSkew(0.05, 10),
  /** The busiest server's share of all sessions in the 30%-of-10 case: 0.3 + 0.7/10. */
  natShare30of10: natShares(0.3, 10)[0],
  /** The lab's five servers with 30% behind one address: 1 + 0.3 × 4. */
  natSkew30of5: natSkew(0.3, 5),
  /** A client whose address changes, five servers: (N − 1)/N. */
  movedOf5: movedByNewAddress(5),
  /** Cookie affinity with fewest-sessions placement on the lab's NAT traffic (lib/lab/preset-claims.test.ts checks it). */
  simulatedCookieSkew: 1.0,
} as const;
