import { describe, expect, it } from 'vitest';
import { chartGeometry, describeEvent } from './load-chart-geometry';

const box = { width: 200, height: 100, left: 20, right: 0, top: 0, bottom: 20 };

describe('load chart geometry', () => {
  it('maps the first and last sample to the plot edges and loads to height', () => {
    const g = chartGeometry(
      { unit: 'sessions', servers: ['a', 'b'], times: [0, 1000], load: [[0, 8], [4, 4]], events: [{ time: 500, kind: 'fail', server: 'b' }] },
      box,
    );
    // y axis tops out at 8 (step 2): load 8 at the top, 0 at the bottom of the 80px plot.
    expect(g.lines[0].points).toBe('20,80 200,0');
    expect(g.lines[1].points).toBe('20,40 200,40');
    expect(g.lines[0].peak).toBe(8);
    expect(g.events).toEqual([{ time: 500, kind: 'fail', server: 'b', x: 110 }]);
    expect(g.yTicks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8]);
    expect(g.xTicks[0]).toEqual({ value: 0, x: 20 });
  });

  it('skips missing samples and events outside the window', () => {
    const g = chartGeometry(
      { unit: 'keys', servers: ['a'], times: [10, 20, 30], load: [[1, Number.NaN, 3]], events: [{ time: 99, kind: 'note' }] },
      box,
    );
    expect(g.lines[0].points.split(' ')).toHaveLength(2);
    expect(g.events).toEqual([]);
  });

  it('words times and events for the learner', () => {
    expect(describeEvent({ time: 0, kind: 'scale-out', server: 'app-6' })).toBe('app-6 added');
    expect(describeEvent({ time: 0, kind: 'note', label: 'flash crowd' })).toBe('flash crowd');
  });
});
