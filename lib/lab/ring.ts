/**
 * A consistent-hash ring with virtual nodes: each server owns the arcs that
 * end at its points, so adding or removing one server moves only the keys on
 * its own arcs (about 1/N of them).
 */
import { hash32 } from '@/lib/sim/hash';

export class HashRing {
  private points = new Uint32Array(0);
  private owners: string[] = [];

  constructor(private readonly virtualNodes = 100) {}

  setServers(servers: readonly string[]): void {
    const entries: { point: number; server: string }[] = [];
    for (const server of servers) {
      for (let v = 0; v < this.virtualNodes; v++) entries.push({ point: hash32(`${server}#${v}`), server });
    }
    // Ties (rare) break by name so every replica builds the same ring.
    entries.sort((a, b) => a.point - b.point || (a.server < b.server ? -1 : 1));
    this.points = Uint32Array.from(entries, (e) => e.point);
    this.owners = entries.map((e) => e.server);
  }

  get size(): number {
    return this.owners.length;
  }

  /** Index of the first point at or after the key's hash (wrapping). */
  indexOf(key: string): number {
    const h = hash32(key);
    let lo = 0;
    let hi = this.points.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.points[mid] < h) lo = mid + 1;
      else hi = mid;
    }
    return lo === this.points.length ? 0 : lo;
  }

  ownerAt(index: number): string {
    return this.owners[index % this.owners.length];
  }

  ownerOf(key: string): string {
    return this.ownerAt(this.indexOf(key));
  }
}
