import 'server-only';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { compileMdx } from './compile-mdx.server';
import { ContentError, LESSON_DIR_PATTERN, parseLessonFrontmatter, type LessonFrontmatter } from './lesson-schema';
import type { TocEntry } from './toc';

export const LESSONS_DIR = path.join(process.cwd(), 'content', 'lessons');

/** A lesson without its compiled body: what list pages need. */
export interface LessonMeta extends LessonFrontmatter {
  slug: string;
  order: number;
  /** Repo-relative path, for error messages and "edit this page". */
  file: string;
  words: number;
}

export interface Lesson {
  meta: LessonMeta;
  code: string;
  toc: TocEntry[];
  prev: LessonMeta | null;
  next: LessonMeta | null;
}

/** Words of prose, not counting code blocks, imports or JSX tags. */
export function countWords(mdxBody: string): number {
  const prose = mdxBody
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/^(import|export) .*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ');
  return prose.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

function readLessonMeta(dirName: string, dir = LESSONS_DIR): LessonMeta & { body: string; absDir: string } {
  const match = LESSON_DIR_PATTERN.exec(dirName);
  const file = path.relative(process.cwd(), path.join(dir, dirName, 'index.mdx'));
  if (!match) throw new ContentError(`${path.relative(process.cwd(), path.join(dir, dirName))}: lesson folders are named NN.slug (for example 01.what-are-sticky-sessions)`);
  const absFile = path.join(dir, dirName, 'index.mdx');
  if (!existsSync(absFile)) throw new ContentError(`${file}: missing (every lesson folder holds an index.mdx)`);
  let parsed: matter.GrayMatterFile<string>;
  try {
    // A fresh object each time: gray-matter caches by content otherwise.
    parsed = matter(readFileSync(absFile, 'utf8'), {});
  } catch (error) {
    throw new ContentError(`${file}: the frontmatter is not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  const frontmatter = parseLessonFrontmatter(file, parsed.data);
  return {
    ...frontmatter,
    slug: match[2],
    order: Number(match[1]),
    file,
    words: countWords(parsed.content),
    body: parsed.content,
    absDir: path.join(dir, dirName),
  };
}

function lessonDirs(dir = LESSONS_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

let cachedList: LessonMeta[] | null = null;

/** Every lesson in path order, validated. Throws on the first bad file. */
export function listLessons(): LessonMeta[] {
  if (cachedList) return cachedList;
  const lessons = lessonDirs().map((name) => {
    const { body: _body, absDir: _absDir, ...meta } = readLessonMeta(name);
    return meta;
  });
  const seen = new Map<string, string>();
  for (const lesson of lessons) {
    const other = seen.get(lesson.slug);
    if (other) throw new ContentError(`${lesson.file}: slug "${lesson.slug}" is also used by ${other}`);
    seen.set(lesson.slug, lesson.file);
  }
  cachedList = lessons;
  return lessons;
}

/** One lesson with its compiled body, or null when no lesson has that slug. */
export async function getLesson(slug: string): Promise<Lesson | null> {
  const lessons = listLessons();
  const index = lessons.findIndex((lesson) => lesson.slug === slug);
  if (index === -1) return null;
  const dirName = `${String(lessons[index].order).padStart(2, '0')}.${slug}`;
  const { body: _body, absDir, ...meta } = readLessonMeta(dirName);
  const source = readFileSync(path.join(absDir, 'index.mdx'), 'utf8');
  const compiled = await compileMdx(source, { file: meta.file, cwd: absDir });
  return {
    meta,
    code: compiled.code,
    toc: compiled.toc,
    prev: lessons[index - 1] ?? null,
    next: lessons[index + 1] ?? null,
  };
}
