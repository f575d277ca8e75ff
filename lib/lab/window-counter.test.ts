import { describe, expect, it } from 'vitest';
import { WindowCounter } from './window-counter';

describe('WindowCounter', () => {
  it('counts requests within the window and forgets older ones', () => {
    const w = new WindowCounter(3000);
    w.add('a', 0);
    w.add('a', 500);
    w.add('a', 1500);
    w.add('b', 2999);
    expect(w.count('a')).toBe(3);
    expect(w.rate('a')).toBe(1);
    w.advance(3000);
    // The first second's bucket (two requests) fell out.
    expect(w.count('a')).toBe(1);
    expect(w.count('b')).toBe(1);
    w.advance(60_000);
    expect(w.count('a')).toBe(0);
    expect(w.count('b')).toBe(0);
    expect(w.count('never')).toBe(0);
  });
});
