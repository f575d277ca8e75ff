/**
 * Version 1 of the saved progress, as the first builds of the course wrote it:
 * a flat list of lessons read, one summary per exercise, and a list of quiz
 * scores. It had no review queue and no attempt history. Kept so that a
 * learner who comes back after an upgrade keeps everything they had.
 */
import { z } from 'zod';
import { quizAttemptId } from './ids';
import { PROGRESS_VERSION, type ExerciseRecord, type ProgressState, type QuizAttempt } from './schema';

export const progressV1Schema = z.object({
  version: z.literal(1),
  lessonsRead: z.array(z.string()),
  exercises: z.record(
    z.string(),
    z.object({
      bestPassed: z.number().int().nonnegative(),
      total: z.number().int().nonnegative(),
      solved: z.boolean(),
      code: z.string().optional(),
      updatedAt: z.number().int().nonnegative(),
    }),
  ),
  quizzes: z.array(
    z.object({
      quizId: z.string().min(1),
      score: z.number().nonnegative(),
      maxScore: z.number().nonnegative(),
      takenAt: z.number().int().nonnegative(),
    }),
  ),
});

export type ProgressV1 = z.infer<typeof progressV1Schema>;

/**
 * v1 -> v2. v1 did not record when a lesson was read, so the migration time
 * stands in; v1 results were always full submits, so they become the best
 * submit; a v1 quiz had one timestamp, used as both start and finish.
 */
export function migrateV1(v1: ProgressV1, migratedAt: number): ProgressState {
  const lessons = Object.fromEntries(v1.lessonsRead.map((slug) => [slug, { readAt: migratedAt }]));
  const exercises: Record<string, ExerciseRecord> = {};
  for (const [id, old] of Object.entries(v1.exercises)) {
    const passed = old.solved && old.bestPassed === old.total;
    exercises[id] = {
      best: { mode: 'submit', passed, passedCount: old.bestPassed, total: old.total, at: old.updatedAt },
      ...(passed ? { solvedAt: old.updatedAt } : {}),
      ...(passed && old.code !== undefined ? { passingCode: { code: old.code, at: old.updatedAt } } : {}),
      lastAttemptAt: old.updatedAt,
      history: [],
    };
  }
  const quizAttempts: Record<string, QuizAttempt> = {};
  for (const quiz of v1.quizzes) {
    const id = quizAttemptId(quiz.quizId, quiz.takenAt);
    quizAttempts[id] = {
      id,
      quizId: quiz.quizId,
      kind: quiz.quizId === 'mock' ? 'mock' : 'lesson',
      startedAt: quiz.takenAt,
      finishedAt: quiz.takenAt,
      score: quiz.score,
      maxScore: quiz.maxScore,
      byTopic: {},
      missed: [],
    };
  }
  return { version: PROGRESS_VERSION, lessons, exercises, quizAttempts, review: {} };
}

