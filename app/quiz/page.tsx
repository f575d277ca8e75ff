import type { Metadata } from 'next';
import Link from 'next/link';
import { BestScore } from '@/components/quiz/best-score';
import { listLessons } from '@/lib/content/lessons.server';
import { lessonQuestions, loadQuizBank } from '@/lib/quiz/bank.server';
import { DEFAULT_MOCK_MINUTES, MOCK_PROMPT_COUNT, MOCK_QUESTION_COUNT } from '@/lib/quiz/mock-session';

export const metadata: Metadata = {
  title: 'Quizzes and the mock interview',
  description: 'A short quiz per lesson with an explanation for every option, and a timed mock interview drawn from the whole question pool.',
};

export default function QuizIndexPage() {
  const lessons = listLessons().map((lesson) => ({ ...lesson, count: lessonQuestions(lesson.slug).length }));
  const pool = loadQuizBank().questions.length;
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">Quizzes</h1>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">
        Every lesson has a short quiz: answer, then read why each option is right or wrong. Keyboard: number keys choose, Enter confirms.
      </p>

      <section aria-labelledby="mock-heading" className="mt-8 rounded-lg border border-blue-200 bg-blue-50 p-5 dark:border-blue-900 dark:bg-blue-950/40">
        <h2 id="mock-heading" className="text-xl font-semibold">
          <Link href="/quiz/mock" className="text-blue-800 underline dark:text-blue-200">
            Mock interview
          </Link>
        </h2>
        <p className="mt-1 text-zinc-800 dark:text-zinc-200">
          {MOCK_QUESTION_COUNT} questions across every topic, drawn from a pool of {pool}, plus {MOCK_PROMPT_COUNT} open questions of the kind interviewers ask.{' '}
          {DEFAULT_MOCK_MINUTES} minutes on the clock; the report comes at the end.
        </p>
        <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
          <BestScore quizId="mock" />
        </p>
      </section>

      <h2 className="mt-10 text-xl font-semibold">Lesson quizzes</h2>
      <ol className="mt-3 space-y-3">
        {lessons.map((lesson) => (
          <li key={lesson.slug} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
            <Link href={`/quiz/${lesson.slug}`} className="font-medium text-blue-700 underline dark:text-blue-300">
              {lesson.order}. {lesson.title}
            </Link>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{lesson.count} questions</p>
            <p className="text-sm text-zinc-700 dark:text-zinc-300">
              <BestScore quizId={lesson.slug} />
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
