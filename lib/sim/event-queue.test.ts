import { describe, expect, it } from 'vitest';
import { EventQueue } from './event-queue';

describe('event queue', () => {
  it('pops by time, ties in insertion order', () => {
    const q = new EventQueue<string>();
    q.push(5, 'late');
    q.push(1, 'first');
    q.push(1, 'second');
    expect([q.pop()!.item, q.pop()!.item, q.pop()!.item]).toEqual(['first', 'second', 'late']);
    expect(q.pop()).toBeUndefined();
  });
});
