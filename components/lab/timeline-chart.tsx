'use client';
/** The last two minutes: the busiest server over the mean, and sessions lost so far. */
import { useId } from 'react';
import type { LabSample } from '@/lib/lab/types';

const W = 640;
const H = 120;
const PAD = 8;

function path(points: { x: number; y: number }[]): string {
  return points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join('');
}

export function TimelineChart({ history }: { history: readonly LabSample[] }) {
  const id = useId();
  if (history.length < 2) return null;
  const t0 = history[0].t;
  const span = Math.max(1, history.at(-1)!.t - t0);
  const x = (t: number) => PAD + ((W - 2 * PAD) * (t - t0)) / span;
  const ratioMax = Math.max(2, ...history.map((s) => s.maxOverMean));
  const lostMax = Math.max(1, ...history.map((s) => s.sessionsLost));
  const y = (v: number, max: number) => H - PAD - ((H - 2 * PAD) * v) / max;
  const last = history.at(-1)!;
  return (
    <figure>
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>Busiest server over the mean, and sessions lost, over the last {span} simulated seconds</title>
        <desc id={`${id}-d`}>
          {`Now ${last.maxOverMean.toFixed(2)} times the mean load; ${last.sessionsLost} sessions lost in total.`}
        </desc>
        <line x1={PAD} x2={W - PAD} y1={y(1, ratioMax)} y2={y(1, ratioMax)} strokeDasharray="4 3" className="stroke-zinc-400" />
        <path d={path(history.map((s) => ({ x: x(s.t), y: y(s.maxOverMean, ratioMax) })))} fill="none" strokeWidth={2} className="stroke-blue-600 dark:stroke-blue-400" />
        <path d={path(history.map((s) => ({ x: x(s.t), y: y(s.sessionsLost, lostMax) })))} fill="none" strokeWidth={2} strokeDasharray="6 3" className="stroke-red-700 dark:stroke-red-400" />
      </svg>
      <figcaption className="text-xs text-zinc-600 dark:text-zinc-400">
        The last {span} simulated seconds. Solid blue: busiest server over the mean load (chart top {ratioMax.toFixed(1)}×; the
        dashed grey line is an even 1.0×). Dashed red: sessions lost so far (chart top {lostMax}).
      </figcaption>
    </figure>
  );
}
