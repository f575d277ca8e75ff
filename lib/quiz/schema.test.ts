import { describe, expect, it } from 'vitest';
import { QuizContentError } from './schema';
import { parseBankFile, parsePromptFile } from './bank.server';

const FILE = 'content/quizzes/example.yaml';
const single = {
  id: 'definition',
  kind: 'single',
  topic: 'fundamentals',
  lesson: 'what-are-sticky-sessions',
  prompt: 'What is it?',
  options: [
    { id: 'a', text: 'Right', correct: true, explanation: 'Because it is right.' },
    { id: 'b', text: 'Wrong', explanation: 'Because it is wrong.' },
  ],
};

function rejection(data: unknown): string {
  try {
    parseBankFile(FILE, data);
  } catch (error) {
    expect(error).toBeInstanceOf(QuizContentError);
    return (error as Error).message;
  }
  throw new Error('expected the bank to be rejected');
}

describe('question bank schema', () => {
  it('accepts each kind of well-formed question', () => {
    const questions = parseBankFile(FILE, {
      questions: [
        single,
        { ...single, id: 'multi', kind: 'multiple', options: [...single.options, { id: 'c', text: 'Also right', correct: true, explanation: 'Right as well.' }] },
        { ...single, id: 'scen', kind: 'scenario', scenario: 'A cart service runs on three servers and one of them crashes at noon.' },
        {
          id: 'order',
          kind: 'ordering',
          topic: 'mechanisms',
          lesson: 'how-balancers-stick',
          prompt: 'Order these',
          steps: [{ id: 'one', text: 'One' }, { id: 'two', text: 'Two' }, { id: 'three', text: 'Three' }],
          explanation: 'One comes before two.',
        },
      ],
    });
    expect(questions.map((q) => q.kind)).toEqual(['single', 'multiple', 'scenario', 'ordering']);
  });

  it('names the file, the question and the field of a missing explanation', () => {
    const message = rejection({ questions: [{ ...single, options: [single.options[0], { id: 'b', text: 'Wrong' }] }] });
    expect(message).toContain(FILE);
    expect(message).toContain('questions[0] (definition).options.1.explanation');
  });

  it.each([
    ['a single-choice question with two right options', { ...single, options: single.options.map((o) => ({ ...o, correct: true })) }, 'exactly one correct option'],
    ['an unknown topic', { ...single, topic: 'networking' }, 'questions[0] (definition).topic'],
    ['an unknown kind', { ...single, kind: 'essay' }, 'questions[0] (definition).kind'],
    ['duplicate option ids', { ...single, options: [single.options[0], { ...single.options[1], id: 'a' }] }, 'duplicate id "a"'],
    ['a multiple-choice question where every option is right', { ...single, kind: 'multiple', options: [...single.options, single.options[0]].map((o, i) => ({ ...o, id: `o${i}`, correct: true })) }, 'at least one correct and one wrong'],
    ['a scenario without its story', { ...single, kind: 'scenario', scenario: 'Short.' }, 'describe the system and the incident'],
    ['an ordering question with two steps', { ...single, kind: 'ordering', options: undefined, steps: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }], explanation: 'Because A then B.' }, 'steps'],
    ['a misspelled field', { ...single, promt: 'typo' }, 'promt'],
  ])('rejects %s', (_name, question, expected) => {
    expect(rejection({ questions: [question] })).toContain(expected);
  });

  it('rejects an open prompt without a rubric', () => {
    expect(() =>
      parsePromptFile('content/quizzes/open-prompts.yaml', {
        prompts: [{ id: 'p', prompt: 'Design it', modelAnswer: 'x'.repeat(120), rubric: [], lessons: ['trade-offs'] }],
      }),
    ).toThrow(/open-prompts\.yaml[\s\S]*prompts\[0\] \(p\)\.rubric/);
  });
});
