import type { MetadataRoute } from 'next';
import { listExercises } from '@/lib/content/exercises.server';
import { listLessons } from '@/lib/content/lessons.server';
import { absoluteUrl } from '@/lib/site/site-url';

// Written once at build time into the static export.
export const dynamic = 'force-static';

/** Every page a search engine should know, at the public URL (SITE_URL, base path included). */
export default function sitemap(): MetadataRoute.Sitemap {
  const lessons = listLessons();
  const paths = [
    '/',
    '/lessons',
    ...lessons.map((lesson) => `/lessons/${lesson.slug}`),
    '/exercises',
    ...listExercises().map((exercise) => `/exercises/${exercise.id}`),
    '/lab',
    '/lab/carts',
    '/quiz',
    ...lessons.filter((lesson) => lesson.quiz).map((lesson) => `/quiz/${lesson.quiz}`),
    '/quiz/mock',
    '/review-sheet',
  ];
  return paths.map((path) => ({ url: absoluteUrl(path) }));
}
