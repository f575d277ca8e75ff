import 'server-only';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { z } from 'zod';
import { EXERCISE_IDS, type ExerciseId } from '@/lib/grader/types';
import { compileMdx } from './compile-mdx.server';
import { ContentError } from './lesson-schema';

export const EXERCISES_DIR = path.join(process.cwd(), 'content', 'exercises');

const LESSON_SLUGS = [
  'what-are-sticky-sessions',
  'how-balancers-stick',
  'trade-offs',
  'pitfalls',
  'hashing',
  'stateless-alternatives',
  'decision-guide',
  'interview-playbook',
] as const;

export const DIFFICULTIES = ['intro', 'core', 'advanced'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/**
 * What an exercise statement's frontmatter must say. A statement with a
 * missing or wrong field fails the build naming the file and the field.
 */
export const exerciseFrontmatterSchema = z
  .object({
    title: z.string().min(3),
    summary: z.string().min(20, 'write a one- or two-sentence summary (20+ characters)'),
    difficulty: z.enum(DIFFICULTIES),
    lesson: z.enum(LESSON_SLUGS),
    hints: z.array(z.string().min(10)).min(3, 'give at least 3 progressive hints'),
  })
  .strict();

export type ExerciseFrontmatter = z.infer<typeof exerciseFrontmatterSchema>;

/** An exercise without its compiled statement or code: what the list page needs. */
export interface ExerciseMeta {
  id: ExerciseId;
  order: number;
  title: string;
  summary: string;
  difficulty: Difficulty;
  lesson: string;
  /** Repo-relative path of the statement, for error messages. */
  file: string;
}

export interface Exercise {
  meta: ExerciseMeta;
  hints: string[];
  /** The compiled statement MDX, evaluated on the server by MdxContent. */
  code: string;
  starter: string;
  solution: string;
}

function relative(file: string): string {
  return path.relative(process.cwd(), file);
}

export function parseExerciseFrontmatter(file: string, data: unknown): ExerciseFrontmatter {
  const result = exerciseFrontmatterSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.join('.') : '(frontmatter)';
    const message = issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}` : issue.message;
    return `  - field \`${field}\`: ${message}`;
  });
  throw new ContentError(`${file}: invalid exercise frontmatter\n${problems.join('\n')}`);
}

function readText(absFile: string, what: string): string {
  if (!existsSync(absFile)) throw new ContentError(`${relative(absFile)}: missing (every exercise folder holds ${what})`);
  return readFileSync(absFile, 'utf8');
}

function readStatement(id: ExerciseId, dir: string) {
  const absFile = path.join(dir, id, 'statement.mdx');
  const file = relative(absFile);
  const source = readText(absFile, 'a statement.mdx');
  let parsed: matter.GrayMatterFile<string>;
  try {
    // A fresh options object each time: gray-matter caches by content otherwise.
    parsed = matter(source, {});
  } catch (error) {
    throw new ContentError(`${file}: the frontmatter is not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  return { file, source, frontmatter: parseExerciseFrontmatter(file, parsed.data) };
}

/** The ids whose content folder exists, in catalogue order. */
export function availableExerciseIds(dir = EXERCISES_DIR): ExerciseId[] {
  return EXERCISE_IDS.filter((id) => existsSync(path.join(dir, id, 'statement.mdx')));
}

/** Every exercise with a statement, in catalogue order, validated. Throws on the first bad file. */
export function listExercises(dir = EXERCISES_DIR): ExerciseMeta[] {
  return availableExerciseIds(dir).map((id) => {
    const { file, frontmatter } = readStatement(id, dir);
    return {
      id,
      order: EXERCISE_IDS.indexOf(id) + 1,
      title: frontmatter.title,
      summary: frontmatter.summary,
      difficulty: frontmatter.difficulty,
      lesson: frontmatter.lesson,
      file,
    };
  });
}

function isExerciseId(id: string): id is ExerciseId {
  return (EXERCISE_IDS as readonly string[]).includes(id);
}

/** One exercise with its compiled statement, starter and reference solution, or null. */
export async function getExercise(id: string, dir = EXERCISES_DIR): Promise<Exercise | null> {
  if (!isExerciseId(id) || !availableExerciseIds(dir).includes(id)) return null;
  const { file, source, frontmatter } = readStatement(id, dir);
  const compiled = await compileMdx(source, { file, cwd: path.join(dir, id) });
  return {
    meta: {
      id,
      order: EXERCISE_IDS.indexOf(id) + 1,
      title: frontmatter.title,
      summary: frontmatter.summary,
      difficulty: frontmatter.difficulty,
      lesson: frontmatter.lesson,
      file,
    },
    hints: frontmatter.hints,
    code: compiled.code,
    starter: readText(path.join(dir, id, 'starter.ts'), 'a starter.ts'),
    solution: readText(path.join(dir, id, 'solution.ts'), 'a solution.ts'),
  };
}
