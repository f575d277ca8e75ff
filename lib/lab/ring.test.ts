import { describe, expect, it } from 'vitest';
import { HashRing } from './ring';

describe('HashRing', () => {
  it('spreads keys within about 20% of the mean with 100 virtual nodes', () => {
    const ring = new HashRing();
    const servers = ['app-1', 'app-2', 'app-3', 'app-4', 'app-5'];
    ring.setServers(servers);
    const counts = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      const s = ring.ownerOf(`10.0.${i >> 8}.${i & 255}`);
      counts.set(s, (counts.get(s) ?? 0) + 1);
    }
    expect(Math.max(...counts.values()) / 4000).toBeLessThan(1.25);
    expect(counts.size).toBe(5);
  });
});
