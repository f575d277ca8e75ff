import { describe, expect, it } from 'vitest';
import { CHART_BOX, chartPoints, describeScores, yFor } from './score-chart-geometry';

describe('mock score chart geometry', () => {
  it('maps 0% to the bottom of the plot and 100% to the top, clamping the rest', () => {
    expect(yFor(100)).toBe(CHART_BOX.top);
    expect(yFor(0)).toBe(CHART_BOX.height - CHART_BOX.bottom);
    expect(yFor(140)).toBe(CHART_BOX.top);
    expect(yFor(-5)).toBe(CHART_BOX.height - CHART_BOX.bottom);
  });

  it('spreads attempts from edge to edge, and centres a single one', () => {
    const xs = chartPoints([10, 50, 90]).map((p) => p.x);
    expect(xs[0]).toBe(CHART_BOX.left);
    expect(xs[2]).toBe(CHART_BOX.width - CHART_BOX.right);
    expect(xs[1]).toBe((xs[0] + xs[2]) / 2);
    expect(chartPoints([70])[0].x).toBe(CHART_BOX.left + (CHART_BOX.width - CHART_BOX.left - CHART_BOX.right) / 2);
  });

  it('describes the trend in words', () => {
    expect(describeScores([])).toBe('No mock interviews taken yet.');
    expect(describeScores([60])).toBe('One mock interview, scored 60%.');
    expect(describeScores([45, 85, 80])).toBe('3 mock interviews: the first scored 45%, the latest 80% (up 35 points); best 85%.');
  });
});
