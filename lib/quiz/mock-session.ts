/**
 * The mock interview as a pure state machine. The deadline is an absolute
 * time, so a reload (or a laptop that slept) resumes with the right time
 * left, and an interview whose time ran out while the page was closed is
 * scored on the answers it had.
 */
import { drawMock } from './draw';
import type { OpenPrompt, Question } from './schema';
import { totalScore, type Answer, type QuizTotals } from './scoring';

export const MOCK_QUESTION_COUNT = 12;
export const MOCK_PROMPT_COUNT = 2;
export const DEFAULT_MOCK_MINUTES = 20;

export interface OpenAnswer {
  text: string;
  /** Rubric lines the learner says their answer covered (indexes). */
  covered: number[];
  /** Whether the model answer has been shown (the answer is then locked). */
  revealed: boolean;
}

export interface MockSession {
  version: 1;
  seed: number;
  startedAt: number;
  deadline: number;
  questionIds: string[];
  promptIds: string[];
  answers: Record<string, Answer>;
  openAnswers: Record<string, OpenAnswer>;
  /** Position: 0..questions-1 are questions, then the open prompts. */
  step: number;
  finishedAt: number | null;
  endedBy: 'submitted' | 'time' | null;
  /** Set once the finished attempt is in the learner's progress, so a reload of the report does not record it twice. */
  recorded: boolean;
}

export function startMock(
  pool: readonly Question[],
  prompts: readonly OpenPrompt[],
  options: { seed: number; now: number; minutes: number; avoid?: readonly string[] },
): MockSession {
  const draw = drawMock(pool, prompts, options.seed, {
    questionCount: MOCK_QUESTION_COUNT,
    promptCount: MOCK_PROMPT_COUNT,
    avoid: options.avoid,
  });
  return {
    version: 1,
    seed: options.seed,
    startedAt: options.now,
    deadline: options.now + Math.round(options.minutes * 60_000),
    questionIds: draw.questionIds,
    promptIds: draw.promptIds,
    answers: {},
    openAnswers: {},
    step: 0,
    finishedAt: null,
    endedBy: null,
    recorded: false,
  };
}

/** Shortest and longest interview `?minutes=` may ask for. */
export const MINUTES_RANGE = { min: 0.02, max: 180 } as const;

/**
 * The length of a new interview from the page's query string: `?minutes=0.1`
 * gives a 6-second interview (browser tests use it to run the clock out).
 * Anything missing, unreadable or out of range gives the default.
 */
export function minutesFromQuery(search: string): number {
  const raw = new URLSearchParams(search).get('minutes');
  const minutes = raw === null || raw.trim() === '' ? NaN : Number(raw);
  return Number.isFinite(minutes) && minutes >= MINUTES_RANGE.min && minutes <= MINUTES_RANGE.max ? minutes : DEFAULT_MOCK_MINUTES;
}

export function stepCount(session: MockSession): number {
  return session.questionIds.length + session.promptIds.length;
}

export function isFinished(session: MockSession): boolean {
  return session.finishedAt !== null;
}

export function answerQuestion(session: MockSession, questionId: string, answer: Answer): MockSession {
  if (isFinished(session) || !session.questionIds.includes(questionId)) return session;
  return { ...session, answers: { ...session.answers, [questionId]: answer } };
}

export function updateOpenAnswer(session: MockSession, promptId: string, patch: Partial<OpenAnswer>): MockSession {
  if (isFinished(session) || !session.promptIds.includes(promptId)) return session;
  const current = session.openAnswers[promptId] ?? { text: '', covered: [], revealed: false };
  // Once the model answer is shown, the written answer is locked: no copying it in.
  const text = current.revealed ? current.text : (patch.text ?? current.text);
  return { ...session, openAnswers: { ...session.openAnswers, [promptId]: { ...current, ...patch, text } } };
}

export function goToStep(session: MockSession, step: number): MockSession {
  if (isFinished(session)) return session;
  return { ...session, step: Math.max(0, Math.min(stepCount(session) - 1, step)) };
}

export function finishMock(session: MockSession, now: number, endedBy: 'submitted' | 'time'): MockSession {
  if (isFinished(session)) return session;
  return { ...session, finishedAt: Math.min(now, session.deadline), endedBy };
}

/** Ends the interview if its time is up; the answers given so far are what gets scored. */
export function checkDeadline(session: MockSession, now: number): MockSession {
  return !isFinished(session) && now >= session.deadline ? finishMock(session, now, 'time') : session;
}

export function msLeft(session: MockSession, now: number): number {
  return Math.max(0, session.deadline - now);
}

export interface MockReport {
  totals: QuizTotals;
  timeUsedMs: number;
  endedBy: 'submitted' | 'time';
  open: { promptId: string; covered: number; of: number; answered: boolean }[];
}

export function mockReport(session: MockSession, pool: readonly Question[], prompts: readonly OpenPrompt[]): MockReport {
  const byId = new Map(pool.map((q) => [q.id, q]));
  const questions = session.questionIds.map((id) => byId.get(id)).filter((q): q is Question => q !== undefined);
  const promptById = new Map(prompts.map((p) => [p.id, p]));
  return {
    totals: totalScore(questions, session.answers),
    timeUsedMs: (session.finishedAt ?? session.deadline) - session.startedAt,
    endedBy: session.endedBy ?? 'time',
    open: session.promptIds.map((promptId) => {
      const answer = session.openAnswers[promptId];
      return {
        promptId,
        covered: answer?.covered.length ?? 0,
        of: promptById.get(promptId)?.rubric.length ?? 0,
        answered: (answer?.text.trim().length ?? 0) > 0,
      };
    }),
  };
}
