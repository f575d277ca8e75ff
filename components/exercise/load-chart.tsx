/**
 * Load per server over time for one scenario, as plain SVG: one line per
 * server, server events (failures, scale-outs, drains) as marked vertical
 * rules. The numbers are also given as text (legend with peaks, event list)
 * so nothing depends on seeing colours.
 */
import { useId } from 'react';
import type { LoadSeries } from '@/lib/grader/types';
import { formatMetric, formatSimTime } from '@/lib/format';
import { chartGeometry, describeEvent } from './load-chart-geometry';

// Okabe–Ito based palette, readable on light and dark backgrounds, plus dashes to tell lines apart without colour.
const COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#8c6d31', '#7f7f7f', '#b22222', '#6a3d9a'];
const DASHES = ['', '6 3', '2 3', '8 3 2 3'];
const EVENT_COLORS: Record<string, string> = { fail: '#b91c1c', recover: '#15803d', 'scale-out': '#1d4ed8', remove: '#6b7280', drain: '#a16207', note: '#6b7280' };

const BOX = { width: 640, height: 260, left: 44, right: 12, top: 24, bottom: 30 };

export function LoadChart({ series, scenarioTitle }: { series: LoadSeries; scenarioTitle: string }) {
  const id = useId();
  const g = chartGeometry(series, BOX);
  return (
    <figure className="mt-3">
      <svg
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="h-auto w-full text-zinc-700 dark:text-zinc-300"
      >
        <title id={`${id}-title`}>{`${series.unit} per server over time: ${scenarioTitle}`}</title>
        <desc id={`${id}-desc`}>
          {`Peak ${series.unit}: ${g.lines.map((l) => `${l.server} ${formatMetric(l.peak)}`).join(', ')}.`}
          {g.events.length > 0 ? ` Events: ${g.events.map((e) => `${describeEvent(e)} at ${formatSimTime(e.time)}`).join('; ')}.` : ''}
        </desc>
        {g.yTicks.map((t) => (
          <g key={`y${t.value}`}>
            <line x1={BOX.left} x2={BOX.width - BOX.right} y1={t.y} y2={t.y} stroke="currentColor" strokeOpacity={0.15} />
            <text x={BOX.left - 6} y={t.y + 4} textAnchor="end" fontSize={11} fill="currentColor">
              {formatMetric(t.value)}
            </text>
          </g>
        ))}
        {g.xTicks.map((t) => (
          <text key={`x${t.value}`} x={t.x} y={BOX.height - 10} textAnchor="middle" fontSize={11} fill="currentColor">
            {formatSimTime(t.value)}
          </text>
        ))}
        {g.events.map((e, i) => (
          <g key={`e${i}`}>
            <line x1={e.x} x2={e.x} y1={BOX.top - 8} y2={BOX.height - BOX.bottom} stroke={EVENT_COLORS[e.kind]} strokeWidth={1.5} strokeDasharray="4 3" />
            <text x={e.x + 3} y={BOX.top - 10 + (i % 2) * 11} fontSize={10} fill={EVENT_COLORS[e.kind]}>
              {describeEvent(e)}
            </text>
          </g>
        ))}
        {g.lines.map((l, i) => (
          <polyline
            key={l.server}
            points={l.points}
            fill="none"
            stroke={COLORS[i % COLORS.length]}
            strokeWidth={1.75}
            strokeDasharray={DASHES[i % DASHES.length]}
            vectorEffect="non-scaling-stroke"
          />
        ))}
      </svg>
      <figcaption className="mt-2 text-xs text-zinc-700 dark:text-zinc-300">
        <span className="font-medium first-letter:uppercase inline-block">{series.unit} per server.</span>{' '}
        <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1" aria-label="Servers and their peak load">
          {g.lines.map((l, i) => (
            <li key={l.server} className="flex items-center gap-1">
              <svg width="18" height="6" aria-hidden="true">
                <line x1="0" x2="18" y1="3" y2="3" stroke={COLORS[i % COLORS.length]} strokeWidth={2} strokeDasharray={DASHES[i % DASHES.length]} />
              </svg>
              {l.server} (peak {formatMetric(l.peak)})
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
