import { describe, expect, it } from 'vitest';
import { MOCK_INTERVIEW_KEY } from '@/lib/storage/keys';
import { createMemoryStorage } from '@/lib/storage/web-storage';
import { loadQuizBank } from './bank.server';
import { answerQuestion, finishMock, msLeft, startMock } from './mock-session';
import { loadMock, saveMock } from './mock-storage';

const { questions, prompts } = loadQuizBank();

describe('saved mock interviews', () => {
  const start = (now = 1_000_000) => startMock(questions, prompts, { seed: 3, now, minutes: 20 });

  it('resumes from storage with the same deadline, so the timer keeps running across a reload', () => {
    const storage = createMemoryStorage();
    const session = answerQuestion(start(), start().questionIds[0], { kind: 'choice', selected: ['a'] });
    saveMock(storage, session);
    const loaded = loadMock(storage, new Set(questions.map((q) => q.id)));
    expect(loaded.session).toEqual(session);
    expect(msLeft(loaded.session!, 1_000_000 + 5 * 60_000)).toBe(15 * 60_000);
    expect(finishMock(loaded.session!, 1_000_000 + 60_000, 'submitted').endedBy).toBe('submitted');
  });

  it('reads an interview saved before the "recorded" flag existed as not yet recorded', () => {
    const storage = createMemoryStorage();
    const { recorded: _recorded, ...older } = start();
    storage.setItem(MOCK_INTERVIEW_KEY, JSON.stringify(older));
    expect(loadMock(storage, new Set(questions.map((q) => q.id))).session?.recorded).toBe(false);
  });

  it('sets aside damaged or outdated saved interviews with a plain message', () => {
    const storage = createMemoryStorage();
    storage.setItem(MOCK_INTERVIEW_KEY, '{"version":1,"seed":"oops"');
    const damaged = loadMock(storage, new Set());
    expect(damaged.session).toBeNull();
    expect(damaged.problem).toMatch(/could not be read/);
    expect(storage.getItem(MOCK_INTERVIEW_KEY)).toBeNull();

    saveMock(storage, start());
    const outdated = loadMock(storage, new Set(['only-this-question']));
    expect(outdated.session).toBeNull();
    expect(outdated.problem).toMatch(/changed/);
  });
});
