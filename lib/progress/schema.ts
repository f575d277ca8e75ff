/**
 * The learner's saved progress, version 2. Every read goes through these
 * schemas: saved data comes from a browser we do not control (old builds,
 * other tabs, hand edits, imports), so nothing is trusted until it parses.
 */
import { z } from 'zod';

export const PROGRESS_VERSION = 2 as const;

const time = z.number().int().nonnegative();
const count = z.number().int().nonnegative();

export const lessonRecordSchema = z.object({ readAt: time });

export const attemptResultSchema = z.object({
  mode: z.enum(['run', 'submit']),
  seed: z.number().int().optional(),
  passed: z.boolean(),
  passedCount: count,
  total: count,
  at: time,
});

/** One graded run or submit, kept short: the history is for "how it went", not replay. */
export const exerciseAttemptSchema = attemptResultSchema.extend({ id: z.string().min(1) });

export const exerciseRecordSchema = z.object({
  best: attemptResultSchema,
  /** First time a submit passed the whole suite. */
  solvedAt: time.optional(),
  /** The latest code that passed a submit, so a solved exercise can be reopened as solved. */
  passingCode: z.object({ code: z.string(), at: time }).optional(),
  lastAttemptAt: time,
  history: z.array(exerciseAttemptSchema),
});

export const quizAttemptSchema = z.object({
  id: z.string().min(1),
  quizId: z.string().min(1),
  kind: z.enum(['lesson', 'mock']),
  startedAt: time,
  finishedAt: time,
  score: z.number().nonnegative(),
  maxScore: z.number().nonnegative(),
  byTopic: z.record(z.string(), z.object({ score: z.number().nonnegative(), max: z.number().nonnegative() })),
  missed: z.array(z.object({ questionId: z.string().min(1), topic: z.string(), lesson: z.string() })),
});

const reviewCommon = {
  id: z.string().min(1),
  /** Index into REVIEW_INTERVALS_DAYS of the wait before it is next due. */
  stage: z.number().int().min(0),
  dueAt: time,
  createdAt: time,
  /** Last change; when two tabs disagree about an item, the later change wins. */
  updatedAt: time,
  lastReviewedAt: time.optional(),
  /** Mastered items stay as small tombstones so that a stale tab cannot bring them back. */
  masteredAt: time.optional(),
};

export const quizReviewItemSchema = z.object({
  ...reviewCommon,
  kind: z.literal('quiz'),
  quizId: z.string(),
  questionId: z.string().min(1),
  topic: z.string(),
  lesson: z.string(),
});

export const scenarioReviewItemSchema = z.object({
  ...reviewCommon,
  kind: z.literal('scenario'),
  exerciseId: z.string().min(1),
  scenarioId: z.string().min(1),
  title: z.string(),
  message: z.string(),
});

export const reviewItemSchema = z.discriminatedUnion('kind', [quizReviewItemSchema, scenarioReviewItemSchema]);

export const progressStateSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  lessons: z.record(z.string(), lessonRecordSchema),
  exercises: z.record(z.string(), exerciseRecordSchema),
  quizAttempts: z.record(z.string(), quizAttemptSchema),
  review: z.record(z.string(), reviewItemSchema),
});

export type LessonRecord = z.infer<typeof lessonRecordSchema>;
export type AttemptResult = z.infer<typeof attemptResultSchema>;
export type ExerciseAttemptSummary = z.infer<typeof exerciseAttemptSchema>;
export type ExerciseRecord = z.infer<typeof exerciseRecordSchema>;
export type QuizAttempt = z.infer<typeof quizAttemptSchema>;
export type QuizReviewItem = z.infer<typeof quizReviewItemSchema>;
export type ScenarioReviewItem = z.infer<typeof scenarioReviewItemSchema>;
export type ReviewItem = z.infer<typeof reviewItemSchema>;
export type ProgressState = z.infer<typeof progressStateSchema>;

/** The record sections, each a map of id -> record merged record by record. */
export const SECTIONS = ['lessons', 'exercises', 'quizAttempts', 'review'] as const;
export type Section = (typeof SECTIONS)[number];

export const SECTION_SCHEMAS = {
  lessons: lessonRecordSchema,
  exercises: exerciseRecordSchema,
  quizAttempts: quizAttemptSchema,
  review: reviewItemSchema,
} as const;

export function emptyProgress(): ProgressState {
  return { version: PROGRESS_VERSION, lessons: {}, exercises: {}, quizAttempts: {}, review: {} };
}

/** What recordExerciseAttempt receives from the workspace. */
export interface ExerciseAttemptInput {
  exerciseId: string;
  mode: 'run' | 'submit';
  seed: number;
  passed: boolean;
  passedCount: number;
  total: number;
  code: string;
  failedScenarios: { id: string; title: string; hidden: boolean; message: string }[];
}

/** What recordQuizAttempt receives from a finished quiz or mock interview. */
export interface QuizAttemptInput {
  quizId: string;
  kind: 'lesson' | 'mock';
  startedAt: number;
  finishedAt: number;
  score: number;
  maxScore: number;
  byTopic: Record<string, { score: number; max: number }>;
  missed: { questionId: string; topic: string; lesson: string }[];
}
