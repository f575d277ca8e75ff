/**
 * A binary min-heap of timed items: the simulator's agenda. Ties are broken
 * by insertion order so that a seed replays the same sequence everywhere.
 */
export class EventQueue<T> {
  private times: number[] = [];
  private orders: number[] = [];
  private items: T[] = [];
  private counter = 0;

  get size(): number {
    return this.items.length;
  }

  peekTime(): number {
    return this.items.length ? this.times[0] : Infinity;
  }

  push(time: number, item: T): void {
    this.times.push(time);
    this.orders.push(this.counter++);
    this.items.push(item);
    this.up(this.items.length - 1);
  }

  pop(): { time: number; item: T } | undefined {
    if (this.items.length === 0) return undefined;
    const time = this.times[0];
    const item = this.items[0];
    const last = this.items.length - 1;
    this.swap(0, last);
    this.times.pop();
    this.orders.pop();
    this.items.pop();
    if (this.items.length) this.down(0);
    return { time, item };
  }

  private less(a: number, b: number): boolean {
    return this.times[a] < this.times[b] || (this.times[a] === this.times[b] && this.orders[a] < this.orders[b]);
  }

  // Plain temporaries: destructuring swaps allocate on this hot path.
  private swap(a: number, b: number): void {
    const t = this.times[a];
    this.times[a] = this.times[b];
    this.times[b] = t;
    const o = this.orders[a];
    this.orders[a] = this.orders[b];
    this.orders[b] = o;
    const item = this.items[a];
    this.items[a] = this.items[b];
    this.items[b] = item;
  }

  private up(i: number): void {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }

  private down(i: number): void {
    const n = this.items.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.less(l, m)) m = l;
      if (r < n && this.less(r, m)) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }
}
