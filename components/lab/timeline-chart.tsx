'use client';
/** The last two minutes: the busiest server over the mean, and sessions lost so far. */
import { useId } from 'react';
import { boxScales, linePath, type ChartBox } from '@/lib/chart/geometry';
import type { LabSample } from '@/lib/lab/types';

const BOX: ChartBox = { width: 640, height: 120, left: 8, right: 8, top: 8, bottom: 8 };

/**
 * `domain` puts several charts on one time axis (compare mode: both
 * strategies' timelines line up second for second); `label` names whose it is.
 */
export function TimelineChart({ history, domain, label }: { history: readonly LabSample[]; domain?: [number, number]; label?: string }) {
  const id = useId();
  if (history.length < 2) return null;
  const t0 = domain ? domain[0] : history[0].t;
  const span = Math.max(1, (domain ? domain[1] : history.at(-1)!.t) - t0);
  const ratioMax = Math.max(2, ...history.map((s) => s.maxOverMean));
  const lostMax = Math.max(1, ...history.map((s) => s.sessionsLost));
  // Two lines on one time axis, each with its own vertical scale.
  const ratio = boxScales(BOX, [t0, t0 + span], [0, ratioMax]);
  const lost = boxScales(BOX, [t0, t0 + span], [0, lostMax]);
  const last = history.at(-1)!;
  return (
    <figure>
      <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} className="h-auto w-full" role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{`${label ? `${label}: b` : 'B'}usiest server over the mean, and sessions lost, over the last ${span} simulated seconds`}</title>
        <desc id={`${id}-d`}>
          {`Now ${last.maxOverMean.toFixed(2)} times the mean load; ${last.sessionsLost} sessions lost in total.`}
        </desc>
        <line x1={BOX.left} x2={BOX.width - BOX.right} y1={ratio.y(1)} y2={ratio.y(1)} strokeDasharray="4 3" className="stroke-zinc-400" />
        <path d={linePath(history.map((s) => ({ x: ratio.x(s.t), y: ratio.y(s.maxOverMean) })))} fill="none" strokeWidth={2} className="stroke-blue-600 dark:stroke-blue-400" />
        <path d={linePath(history.map((s) => ({ x: lost.x(s.t), y: lost.y(s.sessionsLost) })))} fill="none" strokeWidth={2} strokeDasharray="6 3" className="stroke-red-700 dark:stroke-red-400" />
      </svg>
      <figcaption className="text-xs text-zinc-600 dark:text-zinc-400">
        {label && <span className="font-medium text-zinc-800 dark:text-zinc-200">{label}. </span>}
        The last {span} simulated seconds. Solid blue: busiest server over the mean load (chart top {ratioMax.toFixed(1)}×; the
        dashed grey line is an even 1.0×). Dashed red: sessions lost so far (chart top {lostMax}).
      </figcaption>
    </figure>
  );
}
