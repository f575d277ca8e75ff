import { describe, expect, it } from 'vitest';
import { moveStep, startingOrder } from './review-order';

describe('ordering questions in review', () => {
  it('starts from a stable shuffle that is never the answer', () => {
    for (const id of ['a', 'b', 'drain-steps', 'failover', 'x1', 'x2', 'x3']) {
      const correct = ['one', 'two', 'three'];
      const order = startingOrder(id, correct);
      expect([...order].sort()).toEqual([...correct].sort());
      expect(order).not.toEqual(correct);
      expect(startingOrder(id, correct)).toEqual(order);
    }
  });

  it('moves a step up or down and ignores moves off the ends', () => {
    expect(moveStep(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveStep(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveStep(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveStep(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
