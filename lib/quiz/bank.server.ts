import 'server-only';
/**
 * Loads and checks the question banks: every file valid, ids unique across
 * the pool, every lesson a question names real. Throws a QuizContentError
 * naming the file and the field, which fails the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { listLessons } from '@/lib/content/lessons.server';
import { bankFileSchema, describeIssues, openPromptFileSchema, QuizContentError, type OpenPrompt, type Question } from './schema';

export const QUIZZES_DIR = path.join(process.cwd(), 'content', 'quizzes');
const PROMPTS_FILE = 'open-prompts.yaml';

function readYaml(file: string): unknown {
  const rel = path.relative(process.cwd(), file);
  try {
    return parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new QuizContentError(`${rel}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
}

export function parseBankFile(file: string, data: unknown): Question[] {
  const result = bankFileSchema.safeParse(data);
  if (!result.success) throw new QuizContentError(describeIssues(file, result.error, data));
  return result.data.questions;
}

export function parsePromptFile(file: string, data: unknown): OpenPrompt[] {
  const result = openPromptFileSchema.safeParse(data);
  if (!result.success) throw new QuizContentError(describeIssues(file, result.error, data));
  return result.data.prompts;
}

export interface QuizBank {
  questions: Question[];
  prompts: OpenPrompt[];
}

let cached: QuizBank | null = null;

export function loadQuizBank(dir = QUIZZES_DIR): QuizBank {
  if (cached && dir === QUIZZES_DIR) return cached;
  const lessons = new Set(listLessons().map((l) => l.slug));
  const questions: Question[] = [];
  const firstSeen = new Map<string, string>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml') && n !== PROMPTS_FILE).sort()) {
    const file = path.relative(process.cwd(), path.join(dir, name));
    for (const question of parseBankFile(file, readYaml(path.join(dir, name)))) {
      const other = firstSeen.get(question.id);
      if (other) throw new QuizContentError(`${file}: question id "${question.id}" is also used in ${other}`);
      if (!lessons.has(question.lesson)) throw new QuizContentError(`${file}: question "${question.id}" names lesson "${question.lesson}", which does not exist`);
      firstSeen.set(question.id, file);
      questions.push(question);
    }
  }
  const promptsFile = path.join(dir, PROMPTS_FILE);
  const prompts = parsePromptFile(path.relative(process.cwd(), promptsFile), readYaml(promptsFile));
  for (const prompt of prompts) {
    const missing = prompt.lessons.find((slug) => !lessons.has(slug));
    if (missing) throw new QuizContentError(`${PROMPTS_FILE}: prompt "${prompt.id}" names lesson "${missing}", which does not exist`);
  }
  const bank = { questions, prompts };
  if (dir === QUIZZES_DIR) cached = bank;
  return bank;
}

/** The questions of one lesson's quiz, in bank order. */
export function lessonQuestions(slug: string): Question[] {
  return loadQuizBank().questions.filter((q) => q.lesson === slug);
}
