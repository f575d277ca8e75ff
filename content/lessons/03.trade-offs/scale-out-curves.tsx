/**
 * Lesson 3's chart: how fast a fifth server fills after a scale-out from 4,
 * with 30-minute mean sessions, under two placement rules. The curves are
 * the closed forms derived in the lesson (see scale-out.ts), drawn on the
 * server as SVG.
 */
import { boxScales, linePath, type ChartBox } from '@/lib/chart/geometry';
import { leastSessionsShare, roundRobinShare } from './scale-out';

// Room on the right for the centred "90 min" tick label, below for the axis title.
const BOX: ChartBox = { width: 360, height: 220, left: 40, right: 26, top: 20, bottom: 40 };
const MINUTES = 90;
const { x, y } = boxScales(BOX, [0, MINUTES], [0, 1]);

function path(share: (minute: number) => number): string {
  return linePath(Array.from({ length: MINUTES + 1 }, (_, m) => ({ x: x(m), y: y(share(m)) })));
}

export function ScaleOutCurves() {
  return (
    <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" aria-labelledby="scale-out-title" className="mx-auto h-auto w-full max-w-xl">
      <title id="scale-out-title">
        Load of the new server as a share of the mean, over 90 minutes after scaling from 4 to 5 servers. With
        fewest-sessions placement it reaches 90% in about 6 minutes; with round-robin placement it takes about 69
        minutes.
      </title>
      {[0, 0.5, 0.9, 1].map((share) => (
        <g key={share}>
          <line x1={BOX.left} x2={x(MINUTES)} y1={y(share)} y2={y(share)} stroke="currentColor" strokeOpacity={share === 0.9 ? 0.5 : 0.15} strokeDasharray={share === 0.9 ? '4 3' : undefined} />
          <text x={BOX.left - 6} y={y(share) + 4} textAnchor="end" fontSize="10" fill="currentColor">
            {Math.round(share * 100)}%
          </text>
        </g>
      ))}
      {[0, 30, 60, 90].map((minute) => (
        <text key={minute} x={x(minute)} y={y(0) + 16} textAnchor="middle" fontSize="10" fill="currentColor">
          {minute} min
        </text>
      ))}
      <path d={path(leastSessionsShare)} fill="none" stroke="currentColor" strokeWidth="2.5" />
      <path d={path(roundRobinShare)} fill="none" stroke="currentColor" strokeWidth="2" strokeDasharray="6 4" />
      <text x={x(8)} y={y(1) + 14} fontSize="11" fill="currentColor">fewest sessions</text>
      <text x={x(36)} y={y(0.55)} fontSize="11" fill="currentColor">round-robin (dashed)</text>
      <text x={BOX.width / 2} y={BOX.height - 2} textAnchor="middle" fontSize="10" fill="currentColor">
        new server's sessions, as a share of the mean
      </text>
    </svg>
  );
}
