/** Shared inputs for the progress tests: a controllable clock and typical events. */
import type { ExerciseAttemptInput, QuizAttemptInput } from './schema';

export const T0 = Date.UTC(2026, 0, 10, 9, 0, 0);

export function clock(start = T0) {
  let t = start;
  return {
    now: () => t,
    advance(ms: number) {
      t += ms;
    },
    set(ms: number) {
      t = ms;
    },
  };
}

export function submit(exerciseId: string, overrides: Partial<ExerciseAttemptInput> = {}): ExerciseAttemptInput {
  return {
    exerciseId,
    mode: 'submit',
    seed: 7,
    passed: true,
    passedCount: 12,
    total: 12,
    code: `export function createBalancer() { /* ${exerciseId} */ }`,
    failedScenarios: [],
    ...overrides,
  };
}

export function failingSubmit(exerciseId: string, scenarioIds: string[]): ExerciseAttemptInput {
  return submit(exerciseId, {
    passed: false,
    passedCount: 12 - scenarioIds.length,
    failedScenarios: scenarioIds.map((id) => ({ id, title: `Scenario ${id}`, hidden: true, message: `Request 812 went to the wrong server in ${id}` })),
  });
}

export function quiz(quizId: string, startedAt: number, missed: string[] = []): QuizAttemptInput {
  return {
    quizId,
    kind: quizId === 'mock' ? 'mock' : 'lesson',
    startedAt,
    finishedAt: startedAt + 60_000,
    score: 5 - missed.length,
    maxScore: 5,
    byTopic: { affinity: { score: 5 - missed.length, max: 5 } },
    missed: missed.map((questionId) => ({ questionId, topic: 'affinity', lesson: 'what-are-sticky-sessions' })),
  };
}
