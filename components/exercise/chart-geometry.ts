/**
 * Pure geometry for the load-per-server chart: scales, one polyline per
 * server, event markers and axis ticks. Kept apart from the SVG so it can be
 * tested without a DOM.
 */
import type { ChartEvent, LoadSeries } from '@/lib/grader/types';

export interface ChartBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface ChartGeometry {
  lines: { server: string; points: string; peak: number }[];
  events: (ChartEvent & { x: number })[];
  yTicks: { value: number; y: number }[];
  xTicks: { value: number; x: number }[];
  maxLoad: number;
}

/** 1, 2, 5, 10, 20, 50... the smallest such step giving at most `count` intervals. */
export function niceStep(max: number, count: number): number {
  if (max <= 0) return 1;
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * magnitude >= raw) return m * magnitude;
  return 10 * magnitude;
}

export function chartGeometry(series: LoadSeries, box: ChartBox): ChartGeometry {
  const { times } = series;
  const t0 = times[0] ?? 0;
  const t1 = times[times.length - 1] ?? 1;
  const span = t1 > t0 ? t1 - t0 : 1;
  const plotW = box.width - box.left - box.right;
  const plotH = box.height - box.top - box.bottom;
  const maxLoad = Math.max(1, ...series.load.flatMap((row) => row.filter(Number.isFinite)));
  const yStep = niceStep(maxLoad, 4);
  const yMax = Math.ceil(maxLoad / yStep) * yStep;
  const x = (t: number) => box.left + ((t - t0) / span) * plotW;
  const y = (v: number) => box.top + plotH - (v / yMax) * plotH;
  const round = (n: number) => Math.round(n * 10) / 10;

  const lines = series.servers.map((server, i) => {
    const row = series.load[i] ?? [];
    const points = times
      .map((t, j) => (Number.isFinite(row[j]) ? `${round(x(t))},${round(y(row[j]))}` : null))
      .filter((p): p is string => p !== null)
      .join(' ');
    return { server, points, peak: Math.max(0, ...row.filter(Number.isFinite)) };
  });

  const events = series.events.filter((e) => e.time >= t0 && e.time <= t1).map((e) => ({ ...e, x: round(x(e.time)) }));
  const yTicks: ChartGeometry['yTicks'] = [];
  for (let v = 0; v <= yMax + 1e-9; v += yStep) yTicks.push({ value: v, y: round(y(v)) });
  const xStep = niceStep(span, 4);
  const xTicks: ChartGeometry['xTicks'] = [];
  for (let v = Math.ceil(t0 / xStep) * xStep; v <= t1 + 1e-9; v += xStep) xTicks.push({ value: v, x: round(x(v)) });
  return { lines, events, yTicks, xTicks, maxLoad };
}

/** Simulation time as the learner reads it: ms, s or min. */
export function formatTime(ms: number): string {
  if (Math.abs(ms) < 1000) return `${Math.round(ms)} ms`;
  if (Math.abs(ms) < 120_000) return `${Number((ms / 1000).toFixed(1))} s`;
  return `${Number((ms / 60_000).toFixed(1))} min`;
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
