/**
 * Lesson 6's chart: how full a new server gets after a scale-out when
 * long-lived connections are recycled every 30 minutes, for random and
 * least-connections placement, and when they are never recycled. Drawn from
 * connection-age.ts so the picture and the prose share one model.
 */
import { LineChartFrame } from '@/components/lesson/line-chart-frame';
import { boxScales, linePath } from '@/lib/chart/geometry';
import { leastConnectionsCatchUpMinutes, randomPlacementShare } from './connection-age';

const BOX = { width: 360, height: 220, left: 40, right: 16, top: 16, bottom: 40 };
const MINUTES = 40;
const MAX_AGE = 30;
const { x, y } = boxScales(BOX, [0, MINUTES], [0, 1]);

function path(share: (minute: number) => number): string {
  const points = Array.from({ length: MINUTES * 2 + 1 }, (_, i) => ({ x: x(i / 2), y: y(share(i / 2)) }));
  return linePath(points);
}

export function ReconnectCurves() {
  const catchUp = leastConnectionsCatchUpMinutes(4, 1, MAX_AGE);
  const least = (m: number) => Math.min(1, m / catchUp);
  const random = (m: number) => randomPlacementShare(m, MAX_AGE);
  const title = `The new fifth server's share of the mean number of connections over the 40 minutes after it joins four others. Connections never recycled: it stays at zero. Recycled every ${MAX_AGE} minutes with random placement: it climbs in a straight line and reaches the mean at ${MAX_AGE} minutes. Recycled every ${MAX_AGE} minutes with least-connections placement: it reaches the mean after ${catchUp} minutes.`;
  return (
    <LineChartFrame
      id="reconnect-curves-title"
      title={title}
      box={BOX}
      x={x}
      y={y}
      yTicks={[0, 0.5, 1].map((s) => ({ value: s, label: `${s * 100}%` }))}
      xTicks={[0, 10, 20, 30, 40].map((m) => ({ value: m, label: String(m) }))}
      xCaption="minutes after the scale-out"
    >
      <path d={path(least)} fill="none" stroke="currentColor" strokeWidth={2.5} />
      <path d={path(random)} fill="none" stroke="currentColor" strokeWidth={2} strokeDasharray="6 4" />
      <path d={path(() => 0.005)} fill="none" stroke="currentColor" strokeWidth={2} strokeDasharray="2 3" />
      <text x={x(catchUp) + 4} y={y(1) + 14} fontSize="10" fill="currentColor">least connections</text>
      <text x={x(17)} y={y(random(17)) + 16} fontSize="10" fill="currentColor">random</text>
      <text x={x(24)} y={y(0) - 6} fontSize="10" fill="currentColor">never recycled</text>
    </LineChartFrame>
  );
}
