import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/site/page-metadata';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { Activity } from 'react';
import { LessonPager } from '@/components/lesson/lesson-pager';
import { LessonPath } from '@/components/lesson/lesson-path';
import { MdxContent } from '@/components/lesson/mdx-content';
import { TableOfContents } from '@/components/lesson/table-of-contents';
import { DeferredLessonReadMarker } from '@/components/progress/deferred';
import { listExercises } from '@/lib/content/exercises.server';
import { getLesson, listLessons } from '@/lib/content/lessons.server';

export const dynamicParams = false;

export function generateStaticParams() {
  return listLessons().map((lesson) => ({ slug: lesson.slug }));
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const { slug } = await params;
  const lesson = listLessons().find((l) => l.slug === slug);
  return lesson ? pageMetadata({ title: lesson.title, description: lesson.summary, path: `/lessons/${slug}` }) : {};
}


export default async function LessonPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const lesson = await getLesson(slug);
  if (!lesson) notFound();
  const { meta } = lesson;
  const lessons = listLessons();
  const exerciseTitles = new Map(listExercises().map((exercise) => [exercise.id as string, exercise.title]));

  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_16rem]">
      {/* data-pagefind-body: the search index takes the lesson, not the header, contents or pager. */}
      <article className="min-w-0" data-pagefind-body>
        <header className="mb-8">
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Lesson {meta.order} of {lessons.length} · about {meta.minutes} min
          </p>
          <h1 className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl">{meta.title}</h1>
          <p className="mt-3 text-lg text-zinc-700 dark:text-zinc-300">{meta.summary}</p>
          <details className="mt-4 rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
            <summary className="cursor-pointer font-medium">What you will be able to do</summary>
            <ul className="mt-2 list-disc pl-6 text-zinc-700 dark:text-zinc-300">
              {meta.objectives.map((objective) => (
                <li key={objective}>{objective}</li>
              ))}
            </ul>
          </details>
          {/* On phones the contents fold away under the header instead of pushing the lesson down. */}
          <details className="mt-3 rounded-lg border border-zinc-200 p-3 lg:hidden dark:border-zinc-800" data-pagefind-ignore>
            <summary className="cursor-pointer font-medium">On this page</summary>
            <div className="mt-2">
              <TableOfContents entries={lesson.toc} variant="inline" />
            </div>
          </details>
        </header>
        <div className="prose prose-zinc max-w-[72ch] dark:prose-invert prose-headings:scroll-mt-20 prose-a:text-blue-700 dark:prose-a:text-blue-300 [&_.heading-link]:no-underline [&_.heading-link]:text-inherit">
          <MdxContent code={lesson.code} />
        </div>
        {/* Below the lesson, and the sidebar beside it: hydrated after the page, in slices (see MdxSection). */}
        <Activity mode="visible">
          <DeferredLessonReadMarker slug={meta.slug} />
          {(meta.exercises.length > 0 || meta.quiz) && (
            <section aria-labelledby="practice-heading" className="mt-12 rounded-lg border border-zinc-200 p-5 dark:border-zinc-800" data-pagefind-ignore>
              <h2 id="practice-heading" className="text-xl font-semibold">Practise what you read</h2>
              <ul className="mt-3 space-y-2">
                {meta.exercises.map((id) => (
                  <li key={id}>
                    <Link href={`/exercises/${id}`} className="text-blue-700 underline dark:text-blue-300">
                      Exercise: {exerciseTitles.get(id) ?? id}
                    </Link>
                  </li>
                ))}
                {meta.quiz && (
                  <li>
                    <Link href={`/quiz/${meta.quiz}`} className="text-blue-700 underline dark:text-blue-300">
                      Quiz: check yourself on this lesson
                    </Link>
                  </li>
                )}
              </ul>
            </section>
          )}
          <p className="mt-6 text-zinc-700 dark:text-zinc-300" data-pagefind-ignore>
            Before an interview:{' '}
            <Link href="/review-sheet" className="text-blue-700 underline dark:text-blue-300">
              the review sheet
            </Link>
            , the whole course on one printable page.
          </p>
          <div data-pagefind-ignore>
            <LessonPager prev={lesson.prev} next={lesson.next} />
          </div>
        </Activity>
      </article>
      <Activity mode="visible">
        <aside className="hidden lg:block">
          <div className="sticky top-20 max-h-[calc(100vh-6rem)] space-y-8 overflow-y-auto">
            <TableOfContents entries={lesson.toc} />
            <LessonPath lessons={lessons} current={meta.slug} />
          </div>
        </aside>
      </Activity>
    </div>
  );
}
