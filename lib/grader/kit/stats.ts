/** Small statistics the suites report as metrics. */

export function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : sum(values) / values.length;
}

export function max(values: readonly number[]): number {
  let m = -Infinity;
  for (const v of values) if (v > m) m = v;
  return values.length === 0 ? 0 : m;
}

export function min(values: readonly number[]): number {
  let m = Infinity;
  for (const v of values) if (v < m) m = v;
  return values.length === 0 ? 0 : m;
}

/** max/mean of loads; 1 when everything is idle (no load is perfectly even). */
export function maxOverMean(values: readonly number[]): number {
  const m = mean(values);
  return m === 0 ? 1 : max(values) / m;
}

/** The p-quantile (0..1) by nearest rank. */
export function quantile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = values.slice().sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[rank];
}

/** Rounds a metric for display (3 significant decimals at most). */
export function round(value: number, decimals = 3): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
