import type { Metadata } from 'next';
import { Activity } from 'react';
import Link from '@/components/ui/link';
import { DeferredContinueCard } from '@/components/progress/deferred';
import { listExercises } from '@/lib/content/exercises.server';
import { listLessons } from '@/lib/content/lessons.server';
import { pageMetadata, SITE_NAME } from '@/lib/site/page-metadata';

export const metadata: Metadata = {
  ...pageMetadata({
    title: SITE_NAME,
    description:
      'Learn session affinity for load balancers in depth: how real balancers do it, what breaks and by how much, and the stateless alternatives. Write and grade your own balancer in the browser.',
    path: '/',
  }),
  title: { absolute: SITE_NAME },
};

export default function HomePage() {
  const lessons = listLessons();
  const first = lessons[0];
  const exercises = listExercises().map(({ id, title }) => ({ id, title }));
  return (
    <div className="space-y-14">
      <DeferredContinueCard lessons={lessons.map(({ slug, title, order }) => ({ slug, title, order }))} exercises={exercises} />
      <section className="max-w-3xl">
        <h1 className="text-4xl font-bold tracking-tight sm:text-5xl">Sticky sessions, for real</h1>
        <p className="mt-4 text-lg text-zinc-700 dark:text-zinc-300">
          Load balancers pin users to servers so that in-memory sessions keep working. That one choice decides how
          your system behaves when a server dies, when you scale out, when a thousand users share one address, and
          when you deploy. This course shows how real balancers do it, measures what breaks and by how much, and
          teaches the stateless designs that replace it.
        </p>
        <ul className="mt-6 grid gap-3 text-zinc-700 sm:grid-cols-3 dark:text-zinc-300">
          <li className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
            <strong className="block text-zinc-900 dark:text-zinc-50">Read</strong>
            {lessons.length} lessons, from the definition to the interview playbook.
          </li>
          <li className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
            <strong className="block text-zinc-900 dark:text-zinc-50">Build</strong>
            Write balancers in the browser; a hidden suite of simulated traffic grades them.
          </li>
          <li className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
            <strong className="block text-zinc-900 dark:text-zinc-50">Rehearse</strong>
            Timed mock interviews with explanations and a score by topic.
          </li>
        </ul>
        {first && (
          <p className="mt-8">
            <Link
              href={`/lessons/${first.slug}`}
              className="inline-block rounded-lg bg-blue-700 px-5 py-3 font-medium text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
            >
              Start with lesson 1: {first.title}
            </Link>
          </p>
        )}
      </section>

      {/* Below the fold on a phone: hydrated after the page, in slices (see MdxSection in components/lesson). */}
      <Activity mode="visible">
        <section aria-labelledby="path-heading" className="max-w-3xl">
          <h2 id="path-heading" className="text-2xl font-semibold">The lesson path</h2>
          <ol className="mt-4 space-y-3">
            {lessons.map((lesson) => (
              <li key={lesson.slug} className="flex gap-3">
                <span aria-hidden="true" className="w-6 shrink-0 text-right tabular-nums text-zinc-500 dark:text-zinc-400">
                  {lesson.order}.
                </span>
                <div>
                  <Link href={`/lessons/${lesson.slug}`} className="font-medium text-blue-700 hover:underline dark:text-blue-300">
                    {lesson.title}
                  </Link>
                  <p className="text-sm text-zinc-600 dark:text-zinc-400">{lesson.summary}</p>
                </div>
              </li>
            ))}
          </ol>
        </section>
      </Activity>
    </div>
  );
}
