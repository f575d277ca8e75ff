import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { LessonQuiz } from '@/components/quiz/lesson-quiz';
import { listLessons } from '@/lib/content/lessons.server';
import { lessonQuestions } from '@/lib/quiz/bank.server';

export const dynamicParams = false;

export function generateStaticParams() {
  return listLessons().map((lesson) => ({ lesson: lesson.slug }));
}

export async function generateMetadata({ params }: { params: Promise<{ lesson: string }> }): Promise<Metadata> {
  const { lesson: slug } = await params;
  const lesson = listLessons().find((l) => l.slug === slug);
  return lesson ? { title: `Quiz: ${lesson.title}`, description: `Check what you learned in “${lesson.title}”, with an explanation for every option.` } : {};
}

export default async function LessonQuizPage({ params }: { params: Promise<{ lesson: string }> }) {
  const { lesson: slug } = await params;
  const lesson = listLessons().find((l) => l.slug === slug);
  const questions = lesson ? lessonQuestions(slug) : [];
  if (!lesson || questions.length === 0) notFound();
  return (
    <div className="max-w-3xl">
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        <Link href="/quiz" className="text-blue-700 underline dark:text-blue-300">
          Quizzes
        </Link>{' '}
        · lesson {lesson.order}
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">Quiz: {lesson.title}</h1>
      <p className="mt-2 mb-6 text-zinc-700 dark:text-zinc-300">
        {questions.length} questions. Answer each, then see at once why every option is right or wrong. Questions you miss come back on your review page.
      </p>
      <LessonQuiz lesson={{ slug: lesson.slug, title: lesson.title }} questions={questions} />
    </div>
  );
}
