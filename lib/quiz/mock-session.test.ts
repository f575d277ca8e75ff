import { describe, expect, it } from 'vitest';
import { loadQuizBank } from './bank.server';
import { answerQuestion, checkDeadline, DEFAULT_MOCK_MINUTES, minutesFromQuery, mockReport, startMock, updateOpenAnswer } from './mock-session';

const { questions, prompts } = loadQuizBank();
const byId = new Map(questions.map((q) => [q.id, q]));

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
