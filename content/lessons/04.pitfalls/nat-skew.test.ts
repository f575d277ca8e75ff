import { describe, expect, it } from 'vitest';
import { createRng } from '@/lib/sim/random';
import { figures, movedByNewAddress, natShares, natSkew } from './nat-skew';

describe('lesson 4 figures', () => {
  it('30% of users behind one address over 10 servers: the busiest carries 3.70 times the mean', () => {
    expect(natSkew(0.3, 10)).toBeCloseTo(3.7, 10);
    expect(natSkew(0.05, 10)).toBeCloseTo(1.45, 10);
    const shares = natShares(0.3, 10);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(shares[0]).toBeCloseTo(0.37, 10);
  });

  it('the arithmetic matches a seeded simulation of 20,000 users hashed by address', () => {
    const rng = createRng(42);
    const servers = 10;
    const counts = new Array<number>(servers).fill(0);
    const natServer = rng.int(servers);
    for (let user = 0; user < 20_000; user++) {
      // Behind the NAT all users share one address, so one hash value; the rest hash uniformly.
      counts[rng.chance(0.3) ? natServer : rng.int(servers)]++;
    }
    const mean = 20_000 / servers;
    expect(Math.max(...counts) / mean).toBeGreaterThan(3.6);
    expect(Math.max(...counts) / mean).toBeLessThan(3.8);
  });

  it('the figures the lesson prints are the formula 1 + p(N - 1), rounded as printed', () => {
    expect(figures.natSkew30of10.toFixed(2)).toBe('3.70');
    expect(figures.natSkew5of10.toFixed(2)).toBe('1.45');
    expect(figures.natSkew30of5.toFixed(1)).toBe('2.2');
    expect(Math.round(figures.natShare30of10 * 100)).toBe(37);
    expect(Math.round(figures.movedOf5 * 100)).toBe(80);
  });

  it('a mobile client that changes address moves (N-1)/N of the time', () => {
    expect(movedByNewAddress(5)).toBeCloseTo(0.8, 10);
  });
});
