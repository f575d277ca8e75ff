import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/site/page-metadata';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { LessonQuiz } from '@/components/quiz/lesson-quiz';
import { QuizPageHeader } from '@/components/quiz/quiz-page-header';
import { listLessons } from '@/lib/content/lessons.server';
import { lessonQuestions } from '@/lib/quiz/bank.server';

export const dynamicParams = false;

export function generateStaticParams() {
  return listLessons()
    .filter((lesson) => lesson.quiz)
    .map((lesson) => ({ lesson: lesson.quiz! }));
}

export async function generateMetadata({ params }: { params: Promise<{ lesson: string }> }): Promise<Metadata> {
  const { lesson: slug } = await params;
  const lesson = listLessons().find((l) => l.slug === slug);
  return lesson
    ? pageMetadata({ title: `Quiz: ${lesson.title}`, description: `Check what you learned in “${lesson.title}”, with an explanation for every option.`, path: `/quiz/${slug}` })
    : {};
}

export default async function LessonQuizPage({ params }: { params: Promise<{ lesson: string }> }) {
  const { lesson: slug } = await params;
  const lesson = listLessons().find((l) => l.slug === slug);
  if (!lesson) notFound();
  const count = lessonQuestions(slug).length;
  return (
    <div className="max-w-3xl">
      <QuizPageHeader title={`Quiz: ${lesson.title}`} />
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">
        {count} questions on{' '}
        <Link href={`/lessons/${slug}`} className="text-blue-700 underline dark:text-blue-300">
          lesson {lesson.order}
        </Link>
        . Each answer is explained as soon as you check it. Keys: 1–9 pick an option, Enter checks and moves on.
      </p>
      <div className="mt-6">
        <LessonQuiz lesson={slug} headingLevel={2} />
      </div>
    </div>
  );
}
