/**
 * Lesson 3's chart: how fast a fifth server fills after a scale-out from 4,
 * with 30-minute mean sessions, under two placement rules. The curves are
 * the closed forms derived in the lesson (see scale-out.ts), drawn on the
 * server as SVG.
 */
import { leastSessionsShare, roundRobinShare } from './scale-out';

const W = 360;
const H = 220;
const LEFT = 40;
const BOTTOM = 180;
const TOP = 20;
const MINUTES = 90;
// Room on the right for the centred "90 min" tick label.
const RIGHT = 26;

const x = (minute: number) => LEFT + (minute / MINUTES) * (W - LEFT - RIGHT);
const y = (share: number) => BOTTOM - share * (BOTTOM - TOP);

function path(share: (minute: number) => number): string {
  const points: string[] = [];
  for (let m = 0; m <= MINUTES; m += 1) points.push(`${x(m).toFixed(1)},${y(share(m)).toFixed(1)}`);
  return `M${points.join('L')}`;
}

export function ScaleOutCurves() {
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="scale-out-title" className="mx-auto h-auto w-full max-w-xl">
      <title id="scale-out-title">
        Load of the new server as a share of the mean, over 90 minutes after scaling from 4 to 5 servers. With
        fewest-sessions placement it reaches 90% in about 6 minutes; with round-robin placement it takes about 69
        minutes.
      </title>
      {[0, 0.5, 0.9, 1].map((share) => (
        <g key={share}>
          <line x1={LEFT} x2={x(MINUTES)} y1={y(share)} y2={y(share)} stroke="currentColor" strokeOpacity={share === 0.9 ? 0.5 : 0.15} strokeDasharray={share === 0.9 ? '4 3' : undefined} />
          <text x={LEFT - 6} y={y(share) + 4} textAnchor="end" fontSize="10" fill="currentColor">
            {Math.round(share * 100)}%
          </text>
        </g>
      ))}
      {[0, 30, 60, 90].map((minute) => (
        <text key={minute} x={x(minute)} y={BOTTOM + 16} textAnchor="middle" fontSize="10" fill="currentColor">
          {minute} min
        </text>
      ))}
      <path d={path(leastSessionsShare)} fill="none" stroke="currentColor" strokeWidth="2.5" />
      <path d={path(roundRobinShare)} fill="none" stroke="currentColor" strokeWidth="2" strokeDasharray="6 4" />
      <text x={x(8)} y={y(1) + 14} fontSize="11" fill="currentColor">fewest sessions</text>
      <text x={x(36)} y={y(0.55)} fontSize="11" fill="currentColor">round-robin (dashed)</text>
      <text x={W / 2} y={H - 2} textAnchor="middle" fontSize="10" fill="currentColor">
        new server's sessions, as a share of the mean
      </text>
    </svg>
  );
}
