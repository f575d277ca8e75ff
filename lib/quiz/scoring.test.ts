import { describe, expect, it } from 'vitest';
import type { Question } from './schema';
import { pairwiseOrderCredit, scoreAnswer, totalScore } from './scoring';

const opt = (id: string, correct = false) => ({ id, text: id, correct, explanation: 'explained here' });
const base = { topic: 'hashing' as const, lesson: 'hashing', prompt: 'p' };
const single: Question = { ...base, id: 's', kind: 'single', options: [opt('a', true), opt('b'), opt('c')] };
const multiple: Question = { ...base, id: 'm', kind: 'multiple', options: [opt('a', true), opt('b', true), opt('c', true), opt('d'), opt('e')] };
const ordering: Question = {
  ...base,
  id: 'o',
  kind: 'ordering',
  steps: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id })),
  explanation: 'explained here',
};

describe('scoring', () => {
  it('single choice: all or nothing, and two picks are not a right answer', () => {
    expect(scoreAnswer(single, { kind: 'choice', selected: ['a'] })).toEqual({ points: 1, verdict: 'correct' });
    expect(scoreAnswer(single, { kind: 'choice', selected: ['b'] })).toEqual({ points: 0, verdict: 'incorrect' });
    expect(scoreAnswer(single, { kind: 'choice', selected: ['a', 'b'] }).points).toBe(0);
    expect(scoreAnswer(single, undefined).verdict).toBe('unanswered');
  });

  it('multiple choice: right picks minus wrong picks over the right options, floored at 0', () => {
    expect(scoreAnswer(multiple, { kind: 'choice', selected: ['a', 'b', 'c'] }).points).toBe(1);
    expect(scoreAnswer(multiple, { kind: 'choice', selected: ['a', 'b'] })).toEqual({ points: 2 / 3, verdict: 'partial' });
    expect(scoreAnswer(multiple, { kind: 'choice', selected: ['a', 'b', 'c', 'd'] }).points).toBeCloseTo(2 / 3);
    // Ticking everything must not pay: 3 right - 2 wrong = 1 of 3.
    expect(scoreAnswer(multiple, { kind: 'choice', selected: ['a', 'b', 'c', 'd', 'e'] }).points).toBeCloseTo(1 / 3);
    expect(scoreAnswer(multiple, { kind: 'choice', selected: ['d', 'e'] })).toEqual({ points: 0, verdict: 'incorrect' });
  });

  it('ordering: share of pairs in the right relative order', () => {
    expect(scoreAnswer(ordering, { kind: 'order', order: ['a', 'b', 'c', 'd'] })).toEqual({ points: 1, verdict: 'correct' });
    // One adjacent swap breaks 1 of 6 pairs.
    expect(scoreAnswer(ordering, { kind: 'order', order: ['b', 'a', 'c', 'd'] }).points).toBeCloseTo(5 / 6);
    expect(scoreAnswer(ordering, { kind: 'order', order: ['d', 'c', 'b', 'a'] })).toEqual({ points: 0, verdict: 'incorrect' });
    expect(pairwiseOrderCredit(['a', 'b', 'c'], ['a', 'b'])).toBe(0);
  });

  it('totals by topic and lists what was missed', () => {
    const totals = totalScore([single, multiple, ordering], { s: { kind: 'choice', selected: ['a'] }, m: { kind: 'choice', selected: ['a'] } });
    expect(totals.score).toBeCloseTo(1 + 1 / 3);
    expect(totals.maxScore).toBe(3);
    expect(totals.byTopic.hashing.max).toBe(3);
    expect(totals.missed.map((m) => [m.questionId, m.verdict])).toEqual([
      ['m', 'partial'],
      ['o', 'unanswered'],
    ]);
  });
});
