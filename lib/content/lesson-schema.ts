/**
 * What a lesson's frontmatter must say. A lesson with a missing or wrong field
 * fails the build with the file and the field; it never renders half.
 */
import { z } from 'zod';
import { EXERCISE_IDS } from '@/lib/grader/types';

export const lessonFrontmatterSchema = z
  .object({
    title: z.string().min(3),
    summary: z.string().min(20, 'write a one- or two-sentence summary (20+ characters)'),
    minutes: z.number().int().positive().max(120),
    objectives: z.array(z.string().min(3)).min(1, 'list at least one learning objective'),
    exercises: z.array(z.enum(EXERCISE_IDS)).default([]),
    /** The lesson's quiz id (the lesson slug), when it has one. */
    quiz: z.string().regex(/^[a-z0-9-]+$/).optional(),
  })
  .strict();

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

/** Folder names are `NN.slug`: the number orders the path, the slug is the URL. */
export const LESSON_DIR_PATTERN = /^(\d{2})\.([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
  }
}

/** Parses frontmatter or throws a ContentError naming the file and each bad field. */
export function parseLessonFrontmatter(file: string, data: unknown): LessonFrontmatter {
  const result = lessonFrontmatterSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.join('.') : '(frontmatter)';
    const message = issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}` : issue.message;
    return `  - field \`${field}\`: ${message}`;
  });
  throw new ContentError(`${file}: invalid lesson frontmatter\n${problems.join('\n')}`);
}
