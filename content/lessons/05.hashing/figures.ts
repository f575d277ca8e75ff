/**
 * Every figure lesson 5 prints, in one place. Closed forms are computed here;
 * measured figures are recorded as the lesson prints them, and
 * figures.test.ts reruns each experiment in measurements.ts and fails if a
 * record no longer matches. The MDX renders these values, so the prose cannot
 * drift from what the tests check.
 */

/** mod-N growing from n to n + 1 servers: a key stays only when h mod n = h mod (n + 1), so n/(n + 1) move. */
export function modNMovedOnGrowth(servers: number): number {
  return servers / (servers + 1);
}

/** The n-th harmonic number: n random points cut a circle into gaps whose expected largest is H(n)/n. */
export function harmonic(n: number): number {
  let sum = 0;
  for (let i = 1; i <= n; i++) sum += 1 / i;
  return sum;
}

/** The bounded-loads cap: no server above ⌈c·m/n⌉ of m active keys over n servers. */
export function boundedCap(c: number, keys: number, servers: number): number {
  return Math.ceil((c * keys) / servers);
}

/** Leading-order maximum load with one random choice per ball (n balls, n bins): ln n / ln ln n. */
export function oneChoiceLeadingOrder(n: number): number {
  return Math.log(n) / Math.log(Math.log(n));
}

/** The two-choice bound without its O(1) term: ln ln n / ln 2 (Azar, Broder, Karlin and Upfal). */
export function twoChoiceLeadingTerm(n: number): number {
  return Math.log(Math.log(n)) / Math.LN2;
}

/** ln Γ(x) for x > 0 (Lanczos approximation, g = 7, nine coefficients). */
export function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = c[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/**
 * Gonnet's sharper estimate of the one-choice maximum, Γ⁻¹(n) − 3/2 (quoted
 * in Azar et al.'s introduction): solve Γ(x) = n for x > 2 by bisection.
 */
export function oneChoiceGonnet(n: number): number {
  let lo = 2;
  let hi = 100;
  const target = Math.log(n);
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (logGamma(mid) < target) lo = mid;
    else hi = mid;
  }
  return lo - 1.5;
}

/** Share of all requests sent by the most popular of `users` Zipf(s) users: 1 / Σ k^(−s) for k = 1..users. */
export function zipfTopShare(users: number, s: number): number {
  let sum = 0;
  for (let k = 1; k <= users; k++) sum += 1 / k ** s;
  return 1 / sum;
}

/** The hot-users experiment's population and fleet (zipf-bounded.ts uses the same numbers; the test checks they agree). */
export const ZIPF_USERS = 2000;
export const ZIPF_S = 1.1;
export const ZIPF_SERVERS = 10;

/** Balls and bins in the two-choices section. */
export const BALLS = 100_000;

export const figures = {
  /** mod-N, 4 → 5 and 10 → 11 servers. */
  modN4to5: modNMovedOnGrowth(4),
  modN10to11: modNMovedOnGrowth(10),
  /** Expected largest of ten random arcs, as a multiple of the fair share: H(10). */
  harmonic10: harmonic(10),
  /**
   * Ring balance over 201 seeded rings of ten servers (measurements.ringBalance):
   * the busiest server's share over the mean, median and 99th percentile, and
   * the median coefficient of variation of the shares.
   */
  ring: [
    { v: 1, median: 2.76, p99: 5.3, cv: 0.85 },
    { v: 10, median: 1.48, p99: 2.04, cv: 0.28 },
    { v: 100, median: 1.15, p99: 1.27, cv: 0.087 },
    { v: 150, median: 1.13, p99: 1.23, cv: 0.077 },
    { v: 200, median: 1.11, p99: 1.21, cv: 0.065 },
  ],
  /** Ring of 10 × 100 points, 100,000 keys (measurements.ringChurn): percent moved by adding an 11th server and by removing one. */
  ringMovedOnAddPercent: 9.0,
  ringMovedOnRemovePercent: 9.8,
  /** Label hashing, 10 servers × 100 labelled points (measurements.labelHashSpread): CV of shares. */
  rawFnvCv: 0.18,
  finalizedFnvCv: 0.078,
  /** Rendezvous over ten servers (measurements.rendezvousStats): max/mean of 100,000 keys, percent moved when one leaves. */
  rendezvousMaxOverMean: 1.02,
  rendezvousMovedOnRemovePercent: 10.1,
  /** Jump hash 10 → 11 buckets (measurements.jumpGrowth): percent moved, against the ideal 1/11 = 9.1%. */
  jumpMovedPercent: 9.2,
  /** Maglev, M = 65,537, ten servers, one removed (measurements.maglevStats): percent of ALL keys moved, and moved between servers that stayed. */
  maglevTable: 65_537,
  maglevMovedPercent: 10.33,
  maglevBetweenStayersPercent: 0.19,
  /** Two choices, 100,000 balls in 100,000 bins. Closed forms: */
  oneChoiceLeading: oneChoiceLeadingOrder(BALLS),
  oneChoiceGonnet: oneChoiceGonnet(BALLS),
  twoChoiceLeading: twoChoiceLeadingTerm(BALLS),
  /** …and the fullest bin over three seeds (measurements.ballsAndBins). */
  oneChoiceSimulated: [9, 8, 8],
  twoChoiceSimulated: [3, 3, 4],
  /** Worked example: 12 keys, 3 servers, c = 1.25. */
  workedCap: boundedCap(1.25, 12, 3),
  /**
   * The hot-users experiment (zipf-bounded.ts, seed 2016): 2,000 users with
   * Zipf(s = 1.1) popularity on a ring of 10 servers × 100 points, in the
   * paper's model (each key placed once, kept while active). The top user's
   * share is a closed form; the rest are measured, recorded as printed, and
   * rerun by figures.test.ts: per-tick max/mean of requests (mean and p99 over
   * ticks) and the share of requests served by their home server.
   */
  zipfTopUserShare: zipfTopShare(ZIPF_USERS, ZIPF_S),
  zipfTopUserPercent: Math.round(zipfTopShare(ZIPF_USERS, ZIPF_S) * 100),
  /** The top user's requests alone, in units of one server's fair share: share × servers. */
  zipfTopUserFairShares: zipfTopShare(ZIPF_USERS, ZIPF_S) * ZIPF_SERVERS,
  zipfPlainMaxOverMean: 2.68,
  zipfPlainP99: 3.4,
  bounded125MaxOverMean: 2.27,
  bounded125HomePercent: 81.5,
  bounded150MaxOverMean: 2.28,
  bounded150HomePercent: 83.1,
} as const;

/** A share in [0, 1] as a percentage with `digits` decimals, the way the lesson prints it. */
export function pct(share: number, digits = 0): string {
  return `${(share * 100).toFixed(digits)}%`;
}
