/**
 * Where the points of the mock-interview chart go. Attempts are spaced
 * evenly (the order matters more than the gaps between dates), scores are
 * percentages on a fixed 0-100 axis so that progress is not exaggerated.
 */
import { boxScales, linearScale, type ChartBox } from '@/lib/chart/geometry';

// Narrow enough that its 12-unit labels stay readable when a 360px phone shrinks it.
export const CHART_BOX: ChartBox = { width: 360, height: 180, left: 40, right: 16, top: 12, bottom: 28 };

export interface ChartPoint {
  x: number;
  y: number;
  percent: number;
}

export function yFor(percent: number, box: ChartBox = CHART_BOX): number {
  return boxScales(box, [0, 1], [0, 100]).y(Math.min(100, Math.max(0, percent)));
}

export function chartPoints(percents: number[], box: ChartBox = CHART_BOX): ChartPoint[] {
  // One attempt sits in the middle; more spread from edge to edge.
  const x = linearScale(percents.length === 1 ? [-1, 1] : [0, percents.length - 1], [box.left, box.width - box.right]);
  return percents.map((percent, i) => ({
    x: x(i),
    y: yFor(percent, box),
    percent,
  }));
}

/** One sentence a screen reader can say instead of the picture. */
export function describeScores(percents: number[]): string {
  if (percents.length === 0) return 'No mock interviews taken yet.';
  const first = percents[0];
  const last = percents[percents.length - 1];
  const best = Math.max(...percents);
  if (percents.length === 1) return `One mock interview, scored ${first}%.`;
  const trend = last > first ? `up ${last - first} points` : last < first ? `down ${first - last} points` : 'level';
  return `${percents.length} mock interviews: the first scored ${first}%, the latest ${last}% (${trend}); best ${best}%.`;
}
