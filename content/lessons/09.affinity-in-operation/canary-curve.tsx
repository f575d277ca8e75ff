/**
 * Lesson 9's chart: the share of active sessions a 10% canary actually
 * holds in the hour after its weight is set, against the 10% the weight
 * promises. Drawn from canary-skew.ts.
 */
import { canarySessionShare } from './canary-skew';

const W = 360;
const H = 210;
const LEFT = 40;
const RIGHT = 16;
const TOP = 16;
const BASE = 170;
const MINUTES = 90;
const WEIGHT = 0.1;
const SCALE = 0.12;

const x = (minute: number) => LEFT + (minute / MINUTES) * (W - LEFT - RIGHT);
const y = (share: number) => BASE - (share / SCALE) * (BASE - TOP);

export function CanaryCurve() {
  const points: string[] = [];
  for (let m = 0; m <= MINUTES; m += 1) points.push(`${points.length ? 'L' : 'M'}${x(m).toFixed(1)},${y(canarySessionShare(WEIGHT, m)).toFixed(1)}`);
  const at5 = (canarySessionShare(WEIGHT, 5) * 100).toFixed(1);
  const at30 = (canarySessionShare(WEIGHT, 30) * 100).toFixed(1);
  const title = `Share of active sessions on a canary given 10% of new sessions, over the 90 minutes after the weight is set, with 30-minute mean sessions: ${at5}% after 5 minutes, ${at30}% after 30, approaching but never reaching the 10% line.`;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="canary-curve-title" className="mx-auto h-auto w-full max-w-xl">
      <title id="canary-curve-title">{title}</title>
      <line x1={LEFT} x2={W - RIGHT} y1={BASE} y2={BASE} stroke="currentColor" />
      <line x1={LEFT} x2={LEFT} y1={TOP} y2={BASE} stroke="currentColor" />
      {[0, 0.05, 0.1].map((s) => (
        <text key={s} x={LEFT - 4} y={y(s) + 4} textAnchor="end" fontSize="10" fill="currentColor">{`${Math.round(s * 100)}%`}</text>
      ))}
      {[0, 30, 60, 90].map((m) => (
        <text key={m} x={x(m)} y={BASE + 14} textAnchor="middle" fontSize="10" fill="currentColor">{m}</text>
      ))}
      <line x1={LEFT} x2={W - RIGHT} y1={y(WEIGHT)} y2={y(WEIGHT)} stroke="currentColor" strokeDasharray="4 3" />
      <text x={W - RIGHT} y={y(WEIGHT) - 5} textAnchor="end" fontSize="10" fill="currentColor">weight 10%</text>
      <path d={points.join(' ')} fill="none" stroke="currentColor" strokeWidth={2.5} />
      <text x={x(45)} y={y(canarySessionShare(WEIGHT, 45)) + 16} fontSize="10" fill="currentColor">sessions on the canary</text>
      <text x={(LEFT + W - RIGHT) / 2} y={H - 8} textAnchor="middle" fontSize="10" fill="currentColor">minutes after the weight is set</text>
    </svg>
  );
}
