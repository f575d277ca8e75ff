import { describe, expect, it } from 'vitest';
import { summarizeImport } from './import-summary';

const none = { added: [], replaced: [] };

describe('import summary', () => {
  it('names what is added and what is replaced, and skips what does not change', () => {
    const lines = summarizeImport({
      lessons: { added: ['hashing', 'decision-guide'], replaced: [] },
      exercises: { added: [], replaced: ['round-robin'] },
      quizAttempts: { added: ['mock@1'], replaced: [] },
      review: none,
      drafts: { added: [], replaced: ['a', 'b', 'c', 'd', 'e'] },
    });
    expect(lines).toEqual([
      '2 lessons marked as read added',
      '1 exercise result replaced (round-robin)',
      '1 quiz attempt added',
      '5 code drafts replaced (a, b, c, d, …)',
    ]);
  });
});
