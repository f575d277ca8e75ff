import { describe, expect, it } from 'vitest';
import { explanationsFor, isRightInReview, type ReviewQuestion } from './review-question';

const multiple: ReviewQuestion = {
  id: 'survives-crash',
  kind: 'multiple',
  topic: 'alternatives',
  lesson: 'stateless-alternatives',
  prompt: 'Which carts survive a server crash?',
  options: [
    { id: 'a', text: 'Carts in a shared store', correct: true, explanation: 'The store outlives any one server.' },
    { id: 'b', text: 'Carts in the crashed server’s memory', correct: false, explanation: 'Its memory is gone with it.' },
    { id: 'c', text: 'Carts in a signed cookie', correct: true, explanation: 'The client carries the state.' },
  ],
};

const ordering: ReviewQuestion = {
  id: 'drain-steps',
  kind: 'ordering',
  topic: 'mechanisms',
  lesson: 'how-balancers-stick',
  prompt: 'Put the steps of a drain in order.',
  steps: [
    { id: 'stop-new', text: 'Stop new sessions' },
    { id: 'wait', text: 'Wait for sessions to end' },
    { id: 'remove', text: 'Remove the server' },
  ],
  explanation: 'New sessions must stop first, or the wait never ends.',
};

describe('review answers', () => {
  it('counts only full credit as right', () => {
    expect(isRightInReview(multiple, { kind: 'choice', selected: ['c', 'a'] })).toBe(true);
    expect(isRightInReview(multiple, { kind: 'choice', selected: ['a'] })).toBe(false);
    expect(isRightInReview(multiple, { kind: 'choice', selected: ['a', 'b', 'c'] })).toBe(false);
    expect(isRightInReview(ordering, { kind: 'order', order: ['stop-new', 'wait', 'remove'] })).toBe(true);
    expect(isRightInReview(ordering, { kind: 'order', order: ['wait', 'stop-new', 'remove'] })).toBe(false);
  });

  it('explains the right options and the learner’s wrong pick', () => {
    const lines = explanationsFor(multiple, { kind: 'choice', selected: ['b'] });
    expect(lines).toEqual([
      'Right: Carts in a shared store. The store outlives any one server.',
      'Your choice: Carts in the crashed server’s memory. Its memory is gone with it.',
      'Right: Carts in a signed cookie. The client carries the state.',
    ]);
    expect(explanationsFor(ordering, { kind: 'order', order: [] })).toEqual([ordering.explanation]);
  });
});
