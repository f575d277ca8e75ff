/**
 * The frame the lessons' small line charts share: an SVG with a one-string
 * accessible title (a <title> with several children breaks hydration), two
 * axes, tick labels on both, and the x axis's caption. The curves are the
 * children, drawn with the scales from lib/chart/geometry.
 */
import type { ReactNode } from 'react';
import type { ChartBox } from '@/lib/chart/geometry';

interface Tick {
  value: number;
  label: string;
}

interface LineChartFrameProps {
  id: string;
  title: string;
  box: ChartBox;
  x: (value: number) => number;
  y: (value: number) => number;
  xTicks: readonly Tick[];
  yTicks: readonly Tick[];
  xCaption: string;
  children: ReactNode;
}

export function LineChartFrame({ id, title, box, x, y, xTicks, yTicks, xCaption, children }: LineChartFrameProps) {
  const { width, height, left, right, top, bottom } = box;
  const base = height - bottom;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={id} className="mx-auto h-auto w-full max-w-xl">
      <title id={id}>{title}</title>
      <line x1={left} x2={width - right} y1={base} y2={base} stroke="currentColor" />
      <line x1={left} x2={left} y1={top} y2={base} stroke="currentColor" />
      {yTicks.map((t) => (
        <text key={t.value} x={left - 4} y={y(t.value) + 4} textAnchor="end" fontSize="10" fill="currentColor">
          {t.label}
        </text>
      ))}
      {xTicks.map((t) => (
        <text key={t.value} x={x(t.value)} y={base + 14} textAnchor="middle" fontSize="10" fill="currentColor">
          {t.label}
        </text>
      ))}
      <text x={(left + width - right) / 2} y={height - 8} textAnchor="middle" fontSize="10" fill="currentColor">
        {xCaption}
      </text>
      {children}
    </svg>
  );
}
