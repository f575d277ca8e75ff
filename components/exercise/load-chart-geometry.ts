/**
 * Geometry for the exercise results' load-per-server chart, on lib/chart:
 * one polyline per server, event markers and axis ticks. Kept apart from the
 * SVG so it can be tested without a DOM.
 */
import { boxScales, niceStep, polylinePoints, round1, ticks, type ChartBox } from '@/lib/chart/geometry';
import type { ChartEvent, LoadSeries } from '@/lib/grader/types';

export interface ChartGeometry {
  lines: { server: string; points: string; peak: number }[];
  events: (ChartEvent & { x: number })[];
  yTicks: { value: number; y: number }[];
  xTicks: { value: number; x: number }[];
  maxLoad: number;
}

export function chartGeometry(series: LoadSeries, box: ChartBox): ChartGeometry {
  const { times } = series;
  const t0 = times[0] ?? 0;
  const t1 = times[times.length - 1] ?? 1;
  const maxLoad = Math.max(1, ...series.load.flatMap((row) => row.filter(Number.isFinite)));
  const yStep = niceStep(maxLoad, 4);
  const yMax = Math.ceil(maxLoad / yStep) * yStep;
  // A single sample spans one millisecond, so it sits at the left edge.
  const { x, y } = boxScales(box, [t0, t1 > t0 ? t1 : t0 + 1], [0, yMax]);

  const lines = series.servers.map((server, i) => {
    const row = series.load[i] ?? [];
    const points = polylinePoints(times.flatMap((t, j) => (Number.isFinite(row[j]) ? [{ x: x(t), y: y(row[j]) }] : [])));
    return { server, points, peak: Math.max(0, ...row.filter(Number.isFinite)) };
  });

  const events = series.events.filter((e) => e.time >= t0 && e.time <= t1).map((e) => ({ ...e, x: round1(x(e.time)) }));
  const yTicks = ticks(0, yMax, yStep).map((value) => ({ value, y: round1(y(value)) }));
  const xTicks = ticks(t0, t1, niceStep(t1 > t0 ? t1 - t0 : 1, 4)).map((value) => ({ value, x: round1(x(value)) }));
  return { lines, events, yTicks, xTicks, maxLoad };
}

export const EVENT_LABEL: Record<ChartEvent['kind'], string> = {
  fail: 'fails',
  recover: 'recovers',
  'scale-out': 'added',
  remove: 'removed',
  drain: 'draining',
  note: '',
};

export function describeEvent(e: ChartEvent): string {
  if (e.label) return e.label;
  const verb = EVENT_LABEL[e.kind];
  return e.server ? `${e.server} ${verb}`.trim() : verb || 'event';
}
