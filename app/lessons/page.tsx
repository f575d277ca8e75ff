import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/site/page-metadata';
import Link from '@/components/ui/link';
import { listLessons } from '@/lib/content/lessons.server';

export const metadata: Metadata = pageMetadata({ title: 'Lessons', description: 'The course path, lesson by lesson.', path: '/lessons' });

export default function LessonsIndexPage() {
  const lessons = listLessons();
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">Lessons</h1>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">
        Read them in order: each builds on the one before and ends with exercises and a quiz.
      </p>
      <ol className="mt-8 space-y-4">
        {lessons.map((lesson) => (
          <li key={lesson.slug} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
            <Link href={`/lessons/${lesson.slug}`} className="text-lg font-semibold text-blue-700 hover:underline dark:text-blue-300">
              {lesson.order}. {lesson.title}
            </Link>
            <p className="mt-1 text-zinc-700 dark:text-zinc-300">{lesson.summary}</p>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">About {lesson.minutes} minutes</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
