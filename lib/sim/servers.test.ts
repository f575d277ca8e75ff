import { describe, expect, it } from 'vitest';
import { ServerPool } from './servers';

describe('server pool', () => {
  it('applies events in time order: fail, recover, scale-out, drain, remove', () => {
    const pool = new ServerPool(['a', 'b'], [
      { time: 30, kind: 'recover', server: 'a' },
      { time: 10, kind: 'fail', server: 'a' },
      { time: 40, kind: 'scale-out', server: 'c' },
      { time: 50, kind: 'drain', server: 'b' },
      { time: 60, kind: 'remove', server: 'b' },
    ]);
    expect(pool.advance(10).map((e) => e.kind)).toEqual(['fail']);
    expect(pool.servers).toEqual(['b']);
    pool.advance(45);
    expect([...pool.servers].sort()).toEqual(['a', 'b', 'c']);
    pool.advance(50);
    expect(pool.isDraining('b')).toBe(true);
    pool.advance(60);
    expect([...pool.servers].sort()).toEqual(['a', 'c']);
    expect(pool.isDraining('b')).toBe(false);
  });
});
