import { describe, expect, it } from 'vitest';
import { startingOrder } from './review-order';

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
});
