/**
 * The course's own content, checked as data: every lesson valid, long enough
 * to teach, linked to practice, and every internal link resolving.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXERCISE_IDS } from '@/lib/grader/types';
import { findInternalLinks } from './internal-links';
import { LESSONS_DIR, getLesson, listLessons } from './lessons.server';

const lessons = listLessons();
const STATIC_PAGES = new Set(['/', '/lessons', '/exercises', '/lab', '/quiz', '/quiz/mock', '/progress', '/review', '/review-sheet']);

describe('lessons', () => {
  it('are all ten, numbered 1 to 10 in path order', () => {
    expect(lessons.map((l) => l.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it.each(lessons.map((l) => [l.slug, l]))('%s is a real read (at least 1,000 words)', (_slug, lesson) => {
    expect(lesson.words).toBeGreaterThanOrEqual(1000);
  });

  it.each(lessons.map((l) => [l.slug, l]))('%s links to an exercise or a quiz', (_slug, lesson) => {
    expect(lesson.exercises.length + (lesson.quiz ? 1 : 0)).toBeGreaterThan(0);
  });

  it('every internal link in every lesson resolves', async () => {
    const slugs = new Set(lessons.map((l) => l.slug));
    const anchors = new Map<string, Set<string>>();
    for (const lesson of lessons) {
      const compiled = await getLesson(lesson.slug);
      anchors.set(lesson.slug, new Set(compiled!.toc.map((entry) => entry.id)));
    }
    const broken: string[] = [];
    for (const lesson of lessons) {
      const source = readFileSync(path.join(process.cwd(), lesson.file), 'utf8');
      for (const link of findInternalLinks(source)) {
        const [pathname, hash] = link.split('#');
        const lessonMatch = /^\/lessons\/([^/]+)$/.exec(pathname);
        const exerciseMatch = /^\/exercises\/([^/]+)$/.exec(pathname);
        const quizMatch = /^\/quiz\/([^/]+)$/.exec(pathname);
        let ok = STATIC_PAGES.has(pathname);
        if (lessonMatch) ok = slugs.has(lessonMatch[1]) && (!hash || anchors.get(lessonMatch[1])!.has(hash));
        if (exerciseMatch) ok = (EXERCISE_IDS as readonly string[]).includes(exerciseMatch[1]);
        if (quizMatch) ok = quizMatch[1] === 'mock' || slugs.has(quizMatch[1]);
        if (!ok) broken.push(`${lesson.file}: ${link}`);
      }
    }
    expect(broken).toEqual([]);
  }, 300_000);

  it('keep lesson folders tidy: each holds an index.mdx', () => {
    for (const lesson of lessons) expect(existsSync(path.join(LESSONS_DIR, `${String(lesson.order).padStart(2, '0')}.${lesson.slug}`, 'index.mdx'))).toBe(true);
  });
});
