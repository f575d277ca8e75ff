/**
 * Lesson 6's chart: how full a new server gets after a scale-out when
 * long-lived connections are recycled every 30 minutes, for random and
 * least-connections placement, and when they are never recycled. Drawn from
 * connection-age.ts so the picture and the prose share one model.
 */
import { leastConnectionsCatchUpMinutes, randomPlacementShare } from './connection-age';

const W = 360;
const H = 220;
const LEFT = 40;
const RIGHT = 16;
const TOP = 16;
const BASE = 180;
const MINUTES = 40;
const MAX_AGE = 30;

const x = (minute: number) => LEFT + (minute / MINUTES) * (W - LEFT - RIGHT);
const y = (share: number) => BASE - share * (BASE - TOP);

function path(share: (minute: number) => number): string {
  const points: string[] = [];
  for (let m = 0; m <= MINUTES; m += 0.5) points.push(`${points.length ? 'L' : 'M'}${x(m).toFixed(1)},${y(share(m)).toFixed(1)}`);
  return points.join(' ');
}

export function ReconnectCurves() {
  const catchUp = leastConnectionsCatchUpMinutes(4, 1, MAX_AGE);
  const least = (m: number) => Math.min(1, m / catchUp);
  const random = (m: number) => randomPlacementShare(m, MAX_AGE);
  const title = `The new fifth server's share of the mean number of connections over the 40 minutes after it joins four others. Connections never recycled: it stays at zero. Recycled every ${MAX_AGE} minutes with random placement: it climbs in a straight line and reaches the mean at ${MAX_AGE} minutes. Recycled every ${MAX_AGE} minutes with least-connections placement: it reaches the mean after ${catchUp} minutes.`;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="reconnect-curves-title" className="mx-auto h-auto w-full max-w-xl">
      <title id="reconnect-curves-title">{title}</title>
      <line x1={LEFT} x2={W - RIGHT} y1={BASE} y2={BASE} stroke="currentColor" />
      <line x1={LEFT} x2={LEFT} y1={TOP} y2={BASE} stroke="currentColor" />
      {[0, 0.5, 1].map((s) => (
        <text key={s} x={LEFT - 4} y={y(s) + 4} textAnchor="end" fontSize="10" fill="currentColor">{`${s * 100}%`}</text>
      ))}
      {[0, 10, 20, 30, 40].map((m) => (
        <text key={m} x={x(m)} y={BASE + 14} textAnchor="middle" fontSize="10" fill="currentColor">{m}</text>
      ))}
      <text x={(LEFT + W - RIGHT) / 2} y={H - 8} textAnchor="middle" fontSize="10" fill="currentColor">minutes after the scale-out</text>
      <path d={path(least)} fill="none" stroke="currentColor" strokeWidth={2.5} />
      <path d={path(random)} fill="none" stroke="currentColor" strokeWidth={2} strokeDasharray="6 4" />
      <path d={path(() => 0.005)} fill="none" stroke="currentColor" strokeWidth={2} strokeDasharray="2 3" />
      <text x={x(catchUp) + 4} y={y(1) + 14} fontSize="10" fill="currentColor">least connections</text>
      <text x={x(17)} y={y(random(17)) + 16} fontSize="10" fill="currentColor">random</text>
      <text x={x(24)} y={y(0) - 6} fontSize="10" fill="currentColor">never recycled</text>
    </svg>
  );
}
