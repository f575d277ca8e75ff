/**
 * Lesson 9's chart: the share of active sessions a 10% canary actually
 * holds in the hour after its weight is set, against the 10% the weight
 * promises. Drawn from canary-skew.ts.
 */
import { LineChartFrame } from '@/components/lesson/line-chart-frame';
import { boxScales, linePath } from '@/lib/chart/geometry';
import { canarySessionShare } from './canary-skew';

const BOX = { width: 360, height: 210, left: 40, right: 16, top: 16, bottom: 40 };
const MINUTES = 90;
const WEIGHT = 0.1;
const { x, y } = boxScales(BOX, [0, MINUTES], [0, 0.12]);

export function CanaryCurve() {
  const curve = Array.from({ length: MINUTES + 1 }, (_, m) => ({ x: x(m), y: y(canarySessionShare(WEIGHT, m)) }));
  const at5 = (canarySessionShare(WEIGHT, 5) * 100).toFixed(1);
  const at30 = (canarySessionShare(WEIGHT, 30) * 100).toFixed(1);
  const title = `Share of active sessions on a canary given 10% of new sessions, over the 90 minutes after the weight is set, with 30-minute mean sessions: ${at5}% after 5 minutes, ${at30}% after 30, approaching but never reaching the 10% line.`;
  return (
    <LineChartFrame
      id="canary-curve-title"
      title={title}
      box={BOX}
      x={x}
      y={y}
      yTicks={[0, 0.05, 0.1].map((s) => ({ value: s, label: `${Math.round(s * 100)}%` }))}
      xTicks={[0, 30, 60, 90].map((m) => ({ value: m, label: String(m) }))}
      xCaption="minutes after the weight is set"
    >
      <line x1={x(0)} x2={x(MINUTES)} y1={y(WEIGHT)} y2={y(WEIGHT)} stroke="currentColor" strokeDasharray="4 3" />
      <text x={x(MINUTES)} y={y(WEIGHT) - 5} textAnchor="end" fontSize="10" fill="currentColor">weight 10%</text>
      <path d={linePath(curve)} fill="none" stroke="currentColor" strokeWidth={2.5} />
      <text x={x(45)} y={y(canarySessionShare(WEIGHT, 45)) + 16} fontSize="10" fill="currentColor">sessions on the canary</text>
    </LineChartFrame>
  );
}
