/**
 * Requests per key over a sliding window of simulated time, kept in
 * one-second buckets so that adding a request and reading a total are cheap
 * whatever the traffic. Time never goes backwards in the simulator.
 */
export class WindowCounter {
  private readonly buckets = new Map<string, number[]>();
  private readonly totals = new Map<string, number>();
  private bucket = 0;

  constructor(
    private readonly windowMs: number,
    private readonly bucketMs = 1000,
  ) {}

  private get size(): number {
    return Math.max(1, Math.round(this.windowMs / this.bucketMs));
  }

  /** Moves the window to `time`, forgetting buckets that fell out of it. */
  advance(time: number): void {
    const target = Math.floor(time / this.bucketMs);
    if (target <= this.bucket) return;
    const steps = Math.min(target - this.bucket, this.size);
    for (const [key, ring] of this.buckets) {
      let total = this.totals.get(key)!;
      for (let i = 1; i <= steps; i++) {
        const slot = (this.bucket + i) % this.size;
        total -= ring[slot];
        ring[slot] = 0;
      }
      this.totals.set(key, total);
    }
    this.bucket = target;
  }

  add(key: string, time: number): void {
    this.advance(time);
    let ring = this.buckets.get(key);
    if (!ring) {
      ring = new Array(this.size).fill(0);
      this.buckets.set(key, ring);
      this.totals.set(key, 0);
    }
    ring[this.bucket % this.size]++;
    this.totals.set(key, this.totals.get(key)! + 1);
  }

  /** Requests for `key` within the window. */
  count(key: string): number {
    return this.totals.get(key) ?? 0;
  }

  /** Requests per second for `key`, over the window. */
  rate(key: string): number {
    return (this.count(key) * 1000) / (this.size * this.bucketMs);
  }
}
