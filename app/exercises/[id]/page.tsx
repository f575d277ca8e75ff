import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/site/page-metadata';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { Activity } from 'react';
import { Workspace } from '@/components/exercise/workspace';
import { MdxContent } from '@/components/lesson/mdx-content';
import { getExercise, listExercises } from '@/lib/content/exercises.server';
import { listLessons } from '@/lib/content/lessons.server';

export const dynamicParams = false;

export function generateStaticParams() {
  return listExercises().map((exercise) => ({ id: exercise.id }));
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const exercise = listExercises().find((e) => e.id === id);
  return exercise ? pageMetadata({ title: `Exercise: ${exercise.title}`, description: exercise.summary, path: `/exercises/${id}` }) : {};
}

const DIFFICULTY_LABEL = { intro: 'Intro', core: 'Core', advanced: 'Advanced' } as const;

export default async function ExercisePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const exercise = await getExercise(id);
  if (!exercise) notFound();
  const { meta } = exercise;
  // Linked only when the lesson exists, so the page never carries a broken link.
  const lesson = listLessons().find((l) => l.slug === meta.lesson);
  const all = listExercises();
  const next = all[all.findIndex((e) => e.id === meta.id) + 1];
  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <article className="min-w-0" data-pagefind-body>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          <Link href="/exercises" className="underline">
            Exercises
          </Link>{' '}
          · {DIFFICULTY_LABEL[meta.difficulty]}
          {lesson && (
            <>
              {' '}
              · goes with the lesson{' '}
              <Link href={`/lessons/${lesson.slug}`} className="underline">
                {lesson.title}
              </Link>
            </>
          )}
        </p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight">{meta.title}</h1>
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">{meta.summary}</p>
        {/* On one column the editor sits below the whole statement: offer a way straight to it. */}
        {meta.id === 'session-store' && (
          <p className="mt-3">
            <Link href="/lab/carts" className="text-sm font-medium text-blue-700 underline dark:text-blue-300">
              Try your carts in the lab
            </Link>{' '}
            <span className="text-sm text-zinc-600 dark:text-zinc-400">(your draft against sticky sessions, while servers crash)</span>
          </p>
        )}
        <p className="mt-3 lg:hidden">
          <a href="#code-heading" className="text-sm font-medium text-blue-700 underline dark:text-blue-300">
            Go to the editor
          </a>
        </p>
        <div className="prose prose-zinc mt-6 max-w-none dark:prose-invert prose-a:text-blue-700 dark:prose-a:text-blue-300 [&_.heading-link]:text-inherit [&_.heading-link]:no-underline">
          <MdxContent code={exercise.code} />
        </div>
        {next && (
          <p className="mt-8 border-t border-zinc-200 pt-4 text-sm dark:border-zinc-800">
            Next exercise:{' '}
            <Link href={`/exercises/${next.id}`} className="font-medium text-blue-700 underline dark:text-blue-300">
              {next.title}
            </Link>
          </p>
        )}
      </article>
      <div className="min-w-0" data-testid="workspace">
        {/* Keyed: moving to another exercise starts a fresh workspace (results, hints, solution).
            The Activity boundary lets React hydrate the workspace after the rest of the page, in
            interruptible slices (at once if the learner clicks into it), instead of in the page's
            first long task; see MdxSection in components/lesson/mdx-components.tsx. */}
        <Activity mode="visible">
          <Workspace key={meta.id} exercise={meta.id} starter={exercise.starter} solution={exercise.solution} hints={exercise.hints} />
        </Activity>
      </div>
    </div>
  );
}
