import { describe, expect, it } from 'vitest';
import { describeAnswer, describeRightAnswer, hasAnswer, initialOrder, moveStep, pickByNumber } from './answer-helpers';
import type { Question } from './schema';

const opt = (id: string, correct = false) => ({ id, text: `Option ${id}`, correct, explanation: 'explained here' });
const base = { topic: 'hashing' as const, lesson: 'hashing', prompt: 'p' };
const single: Question = { ...base, id: 's', kind: 'single', options: [opt('a'), opt('b', true), opt('c')] };
const multiple: Question = { ...base, id: 'm', kind: 'multiple', options: [opt('a', true), opt('b', true), opt('c')] };
const ordering = { ...base, id: 'o', kind: 'ordering' as const, steps: ['x', 'y', 'z'].map((id) => ({ id, text: id.toUpperCase() })), explanation: 'explained here' };

describe('answer helpers', () => {
  it('number keys pick a single option and toggle a multiple one', () => {
    expect(pickByNumber(single, { kind: 'choice', selected: ['a'] }, 2)).toEqual({ kind: 'choice', selected: ['b'] });
    expect(pickByNumber(single, undefined, 4)).toBeNull();
    const once = pickByNumber(multiple, undefined, 1);
    expect(once).toEqual({ kind: 'choice', selected: ['a'] });
    const twice = pickByNumber(multiple, once!, 2);
    expect(twice).toEqual({ kind: 'choice', selected: ['a', 'b'] });
    expect(pickByNumber(multiple, twice!, 1)).toEqual({ kind: 'choice', selected: ['b'] });
    expect(pickByNumber(ordering, undefined, 1)).toBeNull();
  });

  it('moves steps within bounds and starts ordering questions unsolved and stable', () => {
    expect(moveStep(['x', 'y', 'z'], 2, -1)).toEqual(['x', 'z', 'y']);
    expect(moveStep(['x', 'y', 'z'], 0, -1)).toEqual(['x', 'y', 'z']);
    expect(moveStep(['x', 'y', 'z'], 1, 1)).toEqual(['x', 'z', 'y']);
    expect(moveStep(['x', 'y', 'z'], 2, 1)).toEqual(['x', 'y', 'z']);
    expect(initialOrder(ordering)).toEqual(initialOrder(ordering));
    expect(initialOrder(ordering)).not.toEqual(['x', 'y', 'z']);
    expect([...initialOrder(ordering, 9)].sort()).toEqual(['x', 'y', 'z']);
  });

  it('puts answers into words for the report', () => {
    expect(describeAnswer(single, undefined)).toBe('nothing (not answered)');
    expect(describeAnswer(multiple, { kind: 'choice', selected: ['b', 'a'] })).toBe('Option a; Option b');
    expect(describeAnswer(ordering, { kind: 'order', order: ['z', 'x', 'y'] })).toBe('1. Z 2. X 3. Y');
    expect(describeRightAnswer(multiple)).toBe('Option a; Option b');
    expect(describeRightAnswer(ordering)).toBe('1. X 2. Y 3. Z');
    expect(hasAnswer({ kind: 'choice', selected: [] })).toBe(false);
    expect(hasAnswer({ kind: 'order', order: ['x'] })).toBe(true);
  });
});
