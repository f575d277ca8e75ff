import { describe, expect, it } from 'vitest';
import type { Question } from './schema';
import { scoreAnswer } from './scoring';
import { creditRule, spokenVerdict, verdictHeadline } from './verdict';

const opt = (id: string, correct = false) => ({ id, text: `Option ${id}`, correct, explanation: 'explained here' });
const base = { topic: 'pitfalls' as const, lesson: 'pitfalls', prompt: 'p' };
const multiple: Question = { ...base, id: 'm', kind: 'multiple', options: [opt('a', true), opt('b', true), opt('c', true), opt('d')] };
const ordering: Question = { ...base, id: 'o', kind: 'ordering', steps: ['x', 'y', 'z', 'w'].map((id) => ({ id, text: id })), explanation: 'explained here' };

describe('verdict words', () => {
  it('states the points of a partial answer', () => {
    expect(verdictHeadline(scoreAnswer(multiple, { kind: 'choice', selected: ['a', 'b'] }))).toBe('Partly right: 0.67 of 1 point.');
    expect(verdictHeadline({ points: 1, verdict: 'correct' })).toBe('Right.');
  });

  it('explains the partial-credit rule of each kind', () => {
    expect(creditRule(multiple)).toContain('3 of 4 are right');
    expect(creditRule(multiple)).toContain('1/3 point');
    expect(creditRule(ordering)).toContain('6 pairs');
  });

  it('tells a screen reader the right answer when missed', () => {
    expect(spokenVerdict(multiple, { points: 0, verdict: 'incorrect' })).toBe('Not right. The right options are: Option a; Option b; Option c.');
    expect(spokenVerdict(ordering, { points: 1, verdict: 'correct' })).toBe('Right.');
  });
});
