import { describe, expect, it } from 'vitest';
import { boxScales, linearScale, linePath, niceStep, polylinePoints, slots, ticks } from './geometry';

describe('chart geometry', () => {
  it('scales linearly, and maps an empty domain to the start', () => {
    const s = linearScale([10, 20], [0, 100]);
    expect(s(10)).toBe(0);
    expect(s(15)).toBe(50);
    expect(s(20)).toBe(100);
    expect(linearScale([5, 5], [3, 9])(5)).toBe(3);
  });

  it('puts y = 0 at the bottom of the plot and the top of the domain at its top', () => {
    const { x, y } = boxScales({ width: 200, height: 100, left: 20, right: 0, top: 10, bottom: 20 }, [0, 1000], [0, 8]);
    expect([x(0), x(1000)]).toEqual([20, 200]);
    expect([y(0), y(8)]).toEqual([80, 10]);
  });

  it('picks 1-2-5 steps and ticks from a multiple of the step', () => {
    expect(niceStep(7, 4)).toBe(2);
    expect(niceStep(100, 4)).toBe(50);
    expect(niceStep(0, 4)).toBe(1);
    expect(ticks(0, 8, 2)).toEqual([0, 2, 4, 6, 8]);
    expect(ticks(3, 10, 5)).toEqual([5, 10]);
    expect(ticks(0, 0.3, 0.1)).toHaveLength(4);
  });

  it('writes lines, polylines and slots', () => {
    expect(linePath([{ x: 1, y: 2 }, { x: 3.25, y: 4 }])).toBe('M1.0,2.0L3.3,4.0');
    expect(polylinePoints([{ x: 1, y: 2 }, { x: 3.25, y: 4 }])).toBe('1,2 3.3,4');
    const s = slots(4, 40, 300);
    expect([s.at(0), s.at(3), s.width]).toEqual([40, 265, 75]);
  });
});
