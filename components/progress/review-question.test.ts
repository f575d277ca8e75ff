import { describe, expect, it } from 'vitest';
import { isCorrectSelection, type ReviewQuestion } from './review-question';

const question: ReviewQuestion = {
  id: 'q',
  prompt: 'Which survive a server crash?',
  choices: [
    { id: 'a', text: 'Carts in a shared store' },
    { id: 'b', text: 'Carts in the crashed server’s memory' },
    { id: 'c', text: 'Signed client-side cookies' },
  ],
  correct: ['a', 'c'],
  explanation: 'Only state outside the crashed process survives.',
  lesson: 'stateless-alternatives',
};

describe('review answers', () => {
  it('needs exactly the right choices', () => {
    expect(isCorrectSelection(question, ['c', 'a'])).toBe(true);
    expect(isCorrectSelection(question, ['a'])).toBe(false);
    expect(isCorrectSelection(question, ['a', 'b', 'c'])).toBe(false);
    expect(isCorrectSelection(question, [])).toBe(false);
  });
});
