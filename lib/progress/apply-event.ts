/**
 * What each event does to the saved state. Pure: (state, event, now) -> new
 * state, so the store can apply an event to whatever it has just re-read, and
 * tests can apply them without storage.
 */
import { exerciseAttemptId, quizAttemptId, quizReviewId, scenarioReviewId } from './ids';
import { mergeExercise } from './merge';
import { answerReview, isActive, masterItem, recordMistake } from './review';
import type { ExerciseAttemptInput, ExerciseRecord, ProgressState, QuizAttemptInput, ReviewItem } from './schema';

export function applyLessonRead(state: ProgressState, slug: string, now: number): ProgressState {
  if (state.lessons[slug]) return state;
  return { ...state, lessons: { ...state.lessons, [slug]: { readAt: now } } };
}

export function applyExerciseAttempt(state: ProgressState, a: ExerciseAttemptInput, now: number): ProgressState {
  const result = { mode: a.mode, seed: a.seed, passed: a.passed, passedCount: a.passedCount, total: a.total, at: now };
  const solvedNow = a.mode === 'submit' && a.passed;
  const fresh: ExerciseRecord = {
    best: result,
    ...(solvedNow ? { solvedAt: now, passingCode: { code: a.code, at: now } } : {}),
    lastAttemptAt: now,
    history: [{ id: exerciseAttemptId(a.exerciseId, a.mode, a.seed, now), ...result }],
  };
  const existing = state.exercises[a.exerciseId];
  const exercises = { ...state.exercises, [a.exerciseId]: existing ? mergeExercise(existing, fresh) : fresh };

  // Only a submit runs the hidden suite, so only a submit says anything about hidden scenarios.
  if (a.mode !== 'submit') return { ...state, exercises };
  const review: Record<string, ReviewItem> = { ...state.review };
  const failedHidden = new Set<string>();
  for (const failed of a.failedScenarios) {
    if (!failed.hidden) continue;
    const id = scenarioReviewId(a.exerciseId, failed.id);
    failedHidden.add(id);
    review[id] = recordMistake(
      review[id],
      { id, kind: 'scenario', exerciseId: a.exerciseId, scenarioId: failed.id, title: failed.title, message: failed.message },
      now,
    );
  }
  for (const item of Object.values(state.review)) {
    if (item.kind === 'scenario' && item.exerciseId === a.exerciseId && isActive(item) && !failedHidden.has(item.id)) {
      review[item.id] = masterItem(item, now);
    }
  }
  return { ...state, exercises, review };
}

export function applyQuizAttempt(state: ProgressState, a: QuizAttemptInput): ProgressState {
  const id = quizAttemptId(a.quizId, a.startedAt);
  const attempt = { id, ...a, byTopic: { ...a.byTopic }, missed: a.missed.map((m) => ({ ...m })) };
  const review: Record<string, ReviewItem> = { ...state.review };
  for (const missed of a.missed) {
    const itemId = quizReviewId(missed.questionId);
    review[itemId] = recordMistake(
      review[itemId],
      { id: itemId, kind: 'quiz', quizId: a.quizId, questionId: missed.questionId, topic: missed.topic, lesson: missed.lesson },
      a.finishedAt,
    );
  }
  return { ...state, quizAttempts: { ...state.quizAttempts, [id]: attempt }, review };
}

/** The learner answered a review item; unknown or already mastered items are left alone. */
export function applyReviewAnswer(state: ProgressState, itemId: string, correct: boolean, now: number): ProgressState {
  const item = state.review[itemId];
  if (!item || !isActive(item)) return state;
  return { ...state, review: { ...state.review, [itemId]: answerReview(item, correct, now) } };
}
