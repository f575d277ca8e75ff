import { describe, expect, it } from 'vitest';
import { createRng } from '@/lib/sim/random';
import {
  figures,
  leastConnectionsCatchUpMinutes,
  oldServerLoadAfterScaleOut,
  randomPlacementShare,
  reconnectsPerSecond,
  serversInUse,
} from './connection-age';

// Lesson 6 prints `figures` into its prose; each is recomputed here from the
// model the lesson states, and the reconnect model is checked by simulation.
describe('lesson 6 connection arithmetic', () => {
  it('three long-lived connections reach at most three of five servers: two sit idle', () => {
    expect(serversInUse(3, 5)).toBe(3);
    expect(figures.busyOf5With3Clients).toBe(3);
    expect(figures.idleOf5With3Clients).toBe(2);
    expect(serversInUse(50, 5)).toBe(5);
  });

  it('after four servers become five, each old one carries 1.25 times the mean and the new one nothing', () => {
    expect(oldServerLoadAfterScaleOut(4, 1)).toBe(1.25);
    expect(figures.oldLoad4to5.toFixed(2)).toBe('1.25');
  });

  it('with a 30-minute maximum age and random placement the new server is at a third of the mean after 10 minutes and 90% after 27', () => {
    expect(Math.round(figures.randomShareAt10of30 * 100)).toBe(33);
    expect(randomPlacementShare(figures.randomTo90of30, 30)).toBeCloseTo(0.9, 10);
    expect(figures.randomTo90of30).toBe(27);
    expect(randomPlacementShare(60, 30)).toBe(1);
  });

  it('least-connections placement catches up in A·k/(N + k) = 6 minutes for 4 → 5 and A = 30', () => {
    expect(leastConnectionsCatchUpMinutes(4, 1, 30)).toBe(6);
    expect(figures.leastConnCatchUp4to5of30).toBe(6);
  });

  it('10,000 connections recycled every 5 minutes cost about 33 reconnects a second; every 30 minutes, about 5.6', () => {
    expect(reconnectsPerSecond(10_000, 5)).toBeCloseTo(33.33, 2);
    expect(figures.reconnectsPerSecond10kAt5.toFixed(0)).toBe('33');
    expect(figures.reconnectsPerSecond10kAt30.toFixed(1)).toBe('5.6');
  });

  it('a seeded simulation of 2,000 connections with uniform ages matches the random-placement share', () => {
    const rng = createRng(9);
    const maxAge = 30;
    const servers = 5;
    const newServer = 4;
    let onNew = 0;
    const total = 2000;
    for (let c = 0; c < total; c++) {
      // Time until this connection's next recycle is uniform on [0, A): its age at the scale-out is uniform.
      const recycleAt = rng.next() * maxAge;
      if (recycleAt <= 10 && rng.int(servers) === newServer) onNew++;
    }
    const shareOfMean = onNew / (total / servers);
    expect(shareOfMean).toBeGreaterThan(0.27);
    expect(shareOfMean).toBeLessThan(0.4);
  });
});
