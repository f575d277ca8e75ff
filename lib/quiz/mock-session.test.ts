import { describe, expect, it } from 'vitest';
import { loadQuizBank } from './bank.server';
import { drawMock, shuffledSteps } from './draw';
import { answerQuestion, checkDeadline, DEFAULT_MOCK_MINUTES, finishMock, minutesFromQuery, mockReport, msLeft, startMock, updateOpenAnswer } from './mock-session';
import { loadMock, MOCK_STORAGE_KEY, saveMock, type StorageLike } from './mock-storage';
import { TOPIC_IDS } from './topics';

const { questions, prompts } = loadQuizBank();
const byId = new Map(questions.map((q) => [q.id, q]));

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

describe('mock interview draws', () => {
  it('are reproducible from their seed', () => {
    expect(drawMock(questions, prompts, 7, { questionCount: 12, promptCount: 2 })).toEqual(drawMock(questions, prompts, 7, { questionCount: 12, promptCount: 2 }));
  });

  it('cover every topic with 12 distinct questions and 2 open prompts', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const draw = drawMock(questions, prompts, seed, { questionCount: 12, promptCount: 2 });
      expect(new Set(draw.questionIds).size).toBe(12);
      expect(new Set(draw.questionIds.map((id) => byId.get(id)!.topic))).toEqual(new Set(TOPIC_IDS));
      expect(draw.promptIds).toHaveLength(2);
    }
  });

  it('give a retake different questions from the attempt before it', () => {
    const first = drawMock(questions, prompts, 1, { questionCount: 12, promptCount: 2 });
    const retake = drawMock(questions, prompts, 2, { questionCount: 12, promptCount: 2, avoid: [...first.questionIds, ...first.promptIds] });
    expect(retake.questionIds.filter((id) => first.questionIds.includes(id))).toEqual([]);
    expect(retake.promptIds.filter((id) => first.promptIds.includes(id))).toEqual([]);
  });

  it('never show an ordering question already solved', () => {
    for (let seed = 0; seed < 100; seed++) expect(shuffledSteps(['a', 'b', 'c'], seed)).not.toEqual(['a', 'b', 'c']);
  });
});

describe('mock interview session', () => {
  const start = (now = 1_000_000) => startMock(questions, prompts, { seed: 3, now, minutes: 20 });

  it('scores the answers given so far when time runs out', () => {
    let session = start();
    const [first, second] = session.questionIds.map((id) => byId.get(id)!);
    const rightAnswer = (q: typeof first) =>
      q.kind === 'ordering' ? { kind: 'order' as const, order: q.steps.map((s) => s.id) } : { kind: 'choice' as const, selected: q.options.filter((o) => o.correct).map((o) => o.id) };
    session = answerQuestion(session, first.id, rightAnswer(first));
    session = answerQuestion(session, second.id, rightAnswer(second));
    expect(checkDeadline(session, 1_000_000 + 19 * 60_000).finishedAt).toBeNull();
    session = checkDeadline(session, 1_000_000 + 25 * 60_000);
    expect(session.endedBy).toBe('time');
    const report = mockReport(session, questions, prompts);
    expect(report.totals.score).toBe(2);
    expect(report.totals.maxScore).toBe(12);
    expect(report.timeUsedMs).toBe(20 * 60_000);
    expect(report.totals.missed).toHaveLength(10);
    // Nothing changes after the end.
    expect(answerQuestion(session, session.questionIds[2], { kind: 'choice', selected: ['x'] })).toBe(session);
  });

  it('locks the written answer once the model answer is revealed', () => {
    let session = start();
    const prompt = session.promptIds[0];
    session = updateOpenAnswer(session, prompt, { text: 'My answer' });
    session = updateOpenAnswer(session, prompt, { revealed: true });
    session = updateOpenAnswer(session, prompt, { text: 'Copied model answer', covered: [0, 2] });
    expect(session.openAnswers[prompt]).toEqual({ text: 'My answer', covered: [0, 2], revealed: true });
  });

  it('resumes from storage with the same deadline, so the timer keeps running across a reload', () => {
    const storage = memoryStorage();
    const session = answerQuestion(start(), start().questionIds[0], { kind: 'choice', selected: ['a'] });
    saveMock(storage, session);
    const loaded = loadMock(storage, new Set(questions.map((q) => q.id)));
    expect(loaded.session).toEqual(session);
    expect(msLeft(loaded.session!, 1_000_000 + 5 * 60_000)).toBe(15 * 60_000);
    expect(finishMock(loaded.session!, 1_000_000 + 60_000, 'submitted').endedBy).toBe('submitted');
  });

  it('reads an interview saved before the "recorded" flag existed as not yet recorded', () => {
    const storage = memoryStorage();
    const { recorded: _recorded, ...older } = start();
    storage.setItem(MOCK_STORAGE_KEY, JSON.stringify(older));
    expect(loadMock(storage, new Set(questions.map((q) => q.id))).session?.recorded).toBe(false);
  });

  it('sets aside damaged or outdated saved interviews with a plain message', () => {
    const storage = memoryStorage();
    storage.setItem(MOCK_STORAGE_KEY, '{"version":1,"seed":"oops"');
    const damaged = loadMock(storage, new Set());
    expect(damaged.session).toBeNull();
    expect(damaged.problem).toMatch(/could not be read/);
    expect(storage.data.has(MOCK_STORAGE_KEY)).toBe(false);

    saveMock(storage, start());
    const outdated = loadMock(storage, new Set(['only-this-question']));
    expect(outdated.session).toBeNull();
    expect(outdated.problem).toMatch(/changed/);
  });
});

describe('interview length from the query string', () => {
  it('takes ?minutes= within range and falls back to the default otherwise', () => {
    expect(minutesFromQuery('?minutes=0.1')).toBe(0.1);
    expect(minutesFromQuery('?minutes=45')).toBe(45);
    expect(minutesFromQuery('')).toBe(DEFAULT_MOCK_MINUTES);
    expect(minutesFromQuery('?minutes=')).toBe(DEFAULT_MOCK_MINUTES);
    expect(minutesFromQuery('?minutes=abc')).toBe(DEFAULT_MOCK_MINUTES);
    expect(minutesFromQuery('?minutes=-3')).toBe(DEFAULT_MOCK_MINUTES);
    expect(minutesFromQuery('?minutes=100000')).toBe(DEFAULT_MOCK_MINUTES);
  });

  it('sets a 6-second deadline for ?minutes=0.1', () => {
    const session = startMock(questions, prompts, { seed: 1, now: 0, minutes: minutesFromQuery('?minutes=0.1') });
    expect(session.deadline).toBe(6_000);
    expect(checkDeadline(session, 6_000).endedBy).toBe('time');
  });
});
