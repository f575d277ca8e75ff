/**
 * Mock-interview scores over time, as a small SVG line chart with the same
 * numbers in a table for anyone who cannot see it.
 */
import type { QuizAttempt } from '@/lib/progress';
import { formatDay, formatPoints, percent } from '@/lib/format';
import { polylinePoints } from '@/lib/chart/geometry';
import { CHART_BOX, chartPoints, describeScores, yFor } from './score-chart-geometry';

export function MockScoreChart({ attempts }: { attempts: QuizAttempt[] }) {
  const sorted = [...attempts].sort((a, b) => a.finishedAt - b.finishedAt);
  const percents = sorted.map((a) => percent(a.score, a.maxScore));
  const description = describeScores(percents);
  if (sorted.length === 0) {
    return <p className="text-zinc-700 dark:text-zinc-300">No mock interviews yet. Your scores will be charted here after your first one.</p>;
  }
  const points = chartPoints(percents);
  const box = CHART_BOX;
  return (
    <figure className="max-w-md">
      <svg viewBox={`0 0 ${box.width} ${box.height}`} role="img" aria-labelledby="mock-chart-title mock-chart-desc" className="h-auto w-full text-zinc-500 dark:text-zinc-400">
        <title id="mock-chart-title">Mock interview scores over time</title>
        <desc id="mock-chart-desc">{description}</desc>
        {[0, 50, 100].map((tick) => (
          <g key={tick}>
            <line x1={box.left} x2={box.width - box.right} y1={yFor(tick)} y2={yFor(tick)} stroke="currentColor" strokeOpacity={0.35} strokeDasharray={tick === 0 ? undefined : '4 4'} />
            <text x={box.left - 6} y={yFor(tick) + 4} textAnchor="end" fontSize={12} fill="currentColor">
              {tick}%
            </text>
          </g>
        ))}
        {points.length > 1 && (
          <polyline points={polylinePoints(points)} fill="none" className="stroke-blue-700 dark:stroke-blue-300" strokeWidth={2.5} />
        )}
        {points.map((p, i) => (
          <circle key={sorted[i].id} cx={p.x} cy={p.y} r={4.5} className="fill-blue-700 dark:fill-blue-300" />
        ))}
        <text x={box.left} y={box.height - 8} fontSize={12} fill="currentColor">
          {formatDay(sorted[0].finishedAt)}
        </text>
        {sorted.length > 1 && (
          <text x={box.width - box.right} y={box.height - 8} fontSize={12} textAnchor="end" fill="currentColor">
            {formatDay(sorted[sorted.length - 1].finishedAt)}
          </text>
        )}
      </svg>
      <figcaption className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">{description}</figcaption>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer">Scores as a table</summary>
        <table className="mt-2 border-collapse">
          <thead>
            <tr>
              <th scope="col" className="pr-6 text-left font-medium">Finished</th>
              <th scope="col" className="pr-6 text-right font-medium">Score</th>
              <th scope="col" className="text-right font-medium">Percent</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((a, i) => (
              <tr key={a.id}>
                <td className="pr-6">{formatDay(a.finishedAt)}</td>
                <td className="pr-6 text-right tabular-nums">
                  {formatPoints(a.score)} / {a.maxScore}
                </td>
                <td className="text-right tabular-nums">{percents[i]}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
