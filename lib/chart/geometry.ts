/**
 * The geometry every SVG chart in the course shares: a box with margins, a
 * linear scale from data to pixels, 1-2-5 tick steps, and the text of a line.
 * Plain functions, so each chart's own geometry can be tested without a DOM.
 */

/** An SVG viewBox of width x height with room for axes and labels on each side. */
export interface ChartBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface Point {
  x: number;
  y: number;
}

/** Maps `from` linearly onto `to`; an empty domain maps everything to the start of `to`. */
export function linearScale(from: readonly [number, number], to: readonly [number, number]): (value: number) => number {
  const span = from[1] - from[0];
  const out = to[1] - to[0];
  return (value) => (span === 0 ? to[0] : to[0] + ((value - from[0]) / span) * out);
}

/** x from `xDomain` to the plot's left..right edge; y from `yDomain` to its bottom..top (bigger is higher). */
export function boxScales(box: ChartBox, xDomain: readonly [number, number], yDomain: readonly [number, number]) {
  return {
    x: linearScale(xDomain, [box.left, box.width - box.right]),
    y: linearScale(yDomain, [box.height - box.bottom, box.top]),
  };
}

/** 1, 2, 5, 10, 20, 50... the smallest such step giving at most `count` intervals. */
export function niceStep(max: number, count: number): number {
  if (max <= 0) return 1;
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * magnitude >= raw) return m * magnitude;
  return 10 * magnitude;
}

/** Tick values from `start` (rounded up to a multiple of `step`) to `end`. */
export function ticks(start: number, end: number, step: number): number[] {
  const out: number[] = [];
  // The epsilon keeps the last tick when floating-point sums land a hair past it.
  for (let v = Math.ceil(start / step) * step; v <= end + 1e-9; v += step) out.push(v);
  return out;
}

/** One decimal: enough for a viewBox a few hundred units wide, and short markup. */
export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** The `d` of an SVG path through the points, to one decimal. */
export function linePath(points: readonly Point[]): string {
  return points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join('');
}

/** The `points` of an SVG polyline, to one decimal. */
export function polylinePoints(points: readonly Point[]): string {
  return points.map((p) => `${round1(p.x)},${round1(p.y)}`).join(' ');
}

/** `count` equal slots across `width` from `start`: where slot i begins, and how wide each is. */
export function slots(count: number, start: number, width: number): { at: (i: number) => number; width: number } {
  const w = width / Math.max(1, count);
  return { at: (i) => start + i * w, width: w };
}
