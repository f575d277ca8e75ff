'use client';
/** A bar per server, in SVG, with a title and a text description of every value. */
import { useId } from 'react';
import { linearScale, slots } from '@/lib/chart/geometry';

export interface Bar {
  id: string;
  value: number;
  draining: boolean;
}

const W = 320;
const H = 150;
const TOP = 16;
const BOTTOM = 20;

export function BarChart({ title, unit, bars, decimals, empty }: { title: string; unit: string; bars: Bar[]; decimals: number; empty?: string }) {
  const id = useId();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const mean = bars.reduce((a, b) => a + b.value, 0) / Math.max(1, bars.length);
  const slot = slots(bars.length, 0, W);
  // Bar heights: 0 to the largest value fills the plot's height.
  const scale = linearScale([0, max], [0, H - TOP - BOTTOM]);
  const desc = empty ?? bars.map((b) => `${b.id}: ${b.value.toFixed(decimals)}${b.draining ? ' (draining)' : ''}`).join(', ');
  return (
    <figure className="min-w-0">
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{`${title}, in ${unit}`}</title>
        <desc id={`${id}-d`}>{desc}</desc>
        {bars.map((b, i) => {
          const h = scale(b.value);
          return (
            <g key={b.id}>
              <rect
                x={slot.at(i) + slot.width * 0.15}
                y={H - BOTTOM - h}
                width={slot.width * 0.7}
                height={h}
                className={b.draining ? 'fill-amber-600' : 'fill-blue-600 dark:fill-blue-400'}
              />
              <text x={slot.at(i) + slot.width / 2} y={H - 6} textAnchor="middle" className="fill-zinc-700 text-[10px] dark:fill-zinc-300">
                {b.id}
              </text>
              <text x={slot.at(i) + slot.width / 2} y={H - BOTTOM - h - 3} textAnchor="middle" className="fill-zinc-800 text-[10px] tabular-nums dark:fill-zinc-200">
                {b.value.toFixed(decimals)}
              </text>
            </g>
          );
        })}
        {mean > 0 && (
          <line x1={0} x2={W} y1={H - BOTTOM - scale(mean)} y2={H - BOTTOM - scale(mean)} strokeDasharray="4 3" className="stroke-zinc-500" />
        )}
        {empty && (
          <text x={W / 2} y={H / 2} textAnchor="middle" className="fill-zinc-700 text-[11px] dark:fill-zinc-300">
            All sessions live in the shared store
          </text>
        )}
      </svg>
      <figcaption className="text-xs text-zinc-600 dark:text-zinc-400">
        {title} ({unit}); the dashed line is the mean.
      </figcaption>
    </figure>
  );
}
