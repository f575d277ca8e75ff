import { describe, expect, it } from 'vitest';
import { lessonQuestions } from './bank.server';
import { checkAnswer, currentAnswer, currentQuestion, isChecked, lessonTotals, nextQuestion, retake, setAnswer, startLessonQuiz } from './lesson-session';
import type { Question } from './schema';
import type { Answer } from './scoring';

const questions = lessonQuestions('hashing');
const T0 = 1_000_000;

function rightAnswer(q: Question): Answer {
  return q.kind === 'ordering' ? { kind: 'order', order: q.steps.map((s) => s.id) } : { kind: 'choice', selected: q.options.filter((o) => o.correct).map((o) => o.id) };
}

function wrongChoice(q: Question): Answer | null {
  if (q.kind === 'ordering') return null;
  const wrong = q.options.find((o) => !o.correct);
  return wrong ? { kind: 'choice', selected: [wrong.id] } : null;
}

describe('a lesson quiz', () => {
  it('cannot be checked before an answer, and keeps a checked answer fixed', () => {
    const choice = questions.findIndex((q) => q.kind !== 'ordering');
    let state = { ...startLessonQuiz(), index: choice };
    const q = currentQuestion(state, questions)!;
    expect(checkAnswer(state, questions, T0)).toBeNull();
    state = setAnswer(state, questions, rightAnswer(q), T0);
    expect(state.startedAt).toBe(T0);
    const checked = checkAnswer(state, questions, T0 + 5)!;
    expect(checked.score.verdict).toBe('correct');
    expect(isChecked(checked.state, questions)).toBe(true);
    expect(setAnswer(checked.state, questions, { kind: 'choice', selected: [] }, T0 + 9)).toBe(checked.state);
    expect(checkAnswer(checked.state, questions, T0 + 9)).toBeNull();
  });

  it('starts an ordering question shuffled, counts that order as an answer, and reshuffles on a retake', () => {
    // Lesson 5's quiz has one ordering question (and choice questions before it).
    const ordering = questions.findIndex((q) => q.kind === 'ordering');
    expect(ordering).toBeGreaterThan(0);
    const first = { ...startLessonQuiz(), index: ordering };
    const shown = currentAnswer(first, questions);
    expect(shown?.kind).toBe('order');
    const checked = checkAnswer(first, questions, T0)!;
    expect(checked.state.answers[questions[ordering].id]).toEqual(shown);
    const again = { ...retake(checked.state), index: ordering };
    expect(again.attempt).toBe(1);
    expect(again.answers).toEqual({});
  });

  it('finishes after the last question with the record for the learner\'s progress', () => {
    let state = startLessonQuiz();
    let record = null;
    questions.forEach((q, i) => {
      const answer = i === 0 ? (wrongChoice(q) ?? rightAnswer(q)) : rightAnswer(q);
      state = setAnswer(state, questions, answer, T0 + i);
      state = checkAnswer(state, questions, T0 + i)!.state;
      expect(lessonTotals(state, questions)).toBeNull();
      ({ state, record } = nextQuestion(state, questions, 'hashing', T0 + 100));
      if (i < questions.length - 1) expect(record).toBeNull();
    });
    expect(state.finished).toBe(true);
    expect(currentQuestion(state, questions)).toBeUndefined();
    const totals = lessonTotals(state, questions)!;
    const missedFirst = wrongChoice(questions[0]) !== null;
    expect(totals.maxScore).toBe(questions.length);
    expect(totals.missed.map((m) => m.questionId)).toEqual(missedFirst ? [questions[0].id] : []);
    expect(record).toEqual({
      quizId: 'hashing',
      kind: 'lesson',
      startedAt: T0,
      finishedAt: T0 + 100,
      score: totals.score,
      maxScore: questions.length,
      byTopic: totals.byTopic,
      missed: totals.missed.map(({ questionId, topic, lesson }) => ({ questionId, topic, lesson })),
    });
    // Nothing more to record once finished.
    expect(nextQuestion(state, questions, 'hashing', T0 + 200).record).toBeNull();
    expect(retake(state)).toEqual({ ...startLessonQuiz(), attempt: 1 });
  });
});
