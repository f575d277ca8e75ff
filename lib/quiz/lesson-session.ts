/**
 * A lesson's quiz as plain state, one question at a time: answer, check,
 * read why, next; at the end, the totals and the record for the learner's
 * progress. The component (components/quiz/lesson-quiz-runner.tsx) only
 * draws this state and moves the focus, as the mock interview does with
 * ./mock-session.ts.
 */
import type { QuizAttemptInput } from '@/lib/progress/schema';
import { hasAnswer, initialOrder } from './answer-helpers';
import { attemptRecord } from './attempt-record';
import type { Question } from './schema';
import { scoreAnswer, totalScore, type Answer, type QuizTotals, type Score } from './scoring';

export interface LessonQuizState {
  /** 0 for the first try, one more for each retake: reshuffles ordering questions. */
  attempt: number;
  index: number;
  answers: Readonly<Record<string, Answer>>;
  checked: Readonly<Record<string, true>>;
  /** When the learner first answered: the attempt's start, for the record. */
  startedAt: number | null;
  finished: boolean;
}

export function startLessonQuiz(attempt = 0): LessonQuizState {
  return { attempt, index: 0, answers: {}, checked: {}, startedAt: null, finished: false };
}

export function currentQuestion(state: LessonQuizState, questions: readonly Question[]): Question | undefined {
  return state.finished ? undefined : questions[state.index];
}

/** The answer shown: the learner's, or for an ordering question the shuffled order it starts in. */
export function currentAnswer(state: LessonQuizState, questions: readonly Question[]): Answer | undefined {
  const question = currentQuestion(state, questions);
  if (!question) return undefined;
  const given = state.answers[question.id];
  if (given || question.kind !== 'ordering') return given;
  return { kind: 'order', order: initialOrder(question, state.attempt) };
}

export function isChecked(state: LessonQuizState, questions: readonly Question[]): boolean {
  const question = currentQuestion(state, questions);
  return !!question && state.checked[question.id] === true;
}

/** The learner changed the answer; nothing changes once it is checked. */
export function setAnswer(state: LessonQuizState, questions: readonly Question[], answer: Answer, now: number): LessonQuizState {
  const question = currentQuestion(state, questions);
  if (!question || isChecked(state, questions)) return state;
  return { ...state, startedAt: state.startedAt ?? now, answers: { ...state.answers, [question.id]: answer } };
}

/** Checks the current answer; null when there is nothing to check (no answer yet, or already checked). */
export function checkAnswer(state: LessonQuizState, questions: readonly Question[], now: number): { state: LessonQuizState; score: Score; question: Question } | null {
  const question = currentQuestion(state, questions);
  const answer = currentAnswer(state, questions);
  if (!question || !answer || !hasAnswer(answer) || isChecked(state, questions)) return null;
  return {
    question,
    score: scoreAnswer(question, answer),
    state: {
      ...state,
      startedAt: state.startedAt ?? now,
      // An ordering question left in its starting order is still an answer: keep it.
      answers: { ...state.answers, [question.id]: answer },
      checked: { ...state.checked, [question.id]: true },
    },
  };
}

/** Moves on; after the last question the quiz is finished and `record` is what to save in the learner's progress. */
export function nextQuestion(
  state: LessonQuizState,
  questions: readonly Question[],
  quizId: string,
  now: number,
): { state: LessonQuizState; record: QuizAttemptInput | null } {
  if (state.finished) return { state, record: null };
  if (state.index + 1 < questions.length) return { state: { ...state, index: state.index + 1 }, record: null };
  const record = attemptRecord(quizId, 'lesson', state.startedAt ?? now, now, totalScore(questions, state.answers));
  return { state: { ...state, finished: true }, record };
}

export function retake(state: LessonQuizState): LessonQuizState {
  return startLessonQuiz(state.attempt + 1);
}

/** The score at the end; null while the quiz is running. */
export function lessonTotals(state: LessonQuizState, questions: readonly Question[]): QuizTotals | null {
  return state.finished ? totalScore(questions, state.answers) : null;
}
