import { describe, expect, it } from 'vitest';
import { fnv1a, hash32, mix32 } from './hash';

/** Coefficient of variation of the ring shares of `servers` servers with `points` labels each. */
function ringSpread(hash: (text: string) => number, servers: number, points: number): number {
  const ring: [number, number][] = [];
  for (let s = 0; s < servers; s++) for (let v = 0; v < points; v++) ring.push([hash(`app-${s + 1}#${v}`) / 2 ** 32, s]);
  ring.sort((a, b) => a[0] - b[0]);
  const shares = new Array<number>(servers).fill(0);
  ring.forEach(([at, owner], i) => (shares[owner] += at - (i === 0 ? ring[ring.length - 1][0] - 1 : ring[i - 1][0])));
  const fair = 1 / servers;
  return Math.sqrt(shares.reduce((sum, x) => sum + (x - fair) ** 2, 0) / servers) / fair;
}

describe('hash', () => {
  it('is FNV-1a 32 (the published test vectors) followed by the murmur3 finaliser', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
    expect(mix32(0)).toBe(0);
    expect(hash32('foobar')).toBe(mix32(0xbf9cf968));
  });

  it('spreads similar labels around a ring where raw FNV-1a clumps them (lesson 5)', () => {
    // Ten servers, 100 points each: an ideal hash gives a spread of about 1/sqrt(100) = 0.1.
    const raw = ringSpread(fnv1a, 10, 100);
    const mixed = ringSpread(hash32, 10, 100);
    expect(mixed).toBeLessThan(0.12);
    expect(raw).toBeGreaterThan(3 * mixed);
  });
});
