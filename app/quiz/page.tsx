import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/site/page-metadata';
import Link from '@/components/ui/link';
import { BestScore } from '@/components/quiz/best-score';
import { listLessons } from '@/lib/content/lessons.server';
import { loadQuizBank, lessonQuestions } from '@/lib/quiz/bank.server';
import { DEFAULT_MOCK_MINUTES, MOCK_PROMPT_COUNT, MOCK_QUESTION_COUNT } from '@/lib/quiz/mock-session';

export const metadata: Metadata = pageMetadata({
  title: 'Quizzes and mock interview',
  description: 'A short quiz per lesson and a timed mock interview drawn from the whole question pool, with explanations and a score by topic.',
  path: '/quiz',
});

export default function QuizIndexPage() {
  const lessons = listLessons().filter((lesson) => lesson.quiz);
  const { questions, prompts } = loadQuizBank();
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">Quizzes</h1>
      <section aria-labelledby="mock-heading" className="mt-6 rounded-lg border border-blue-700 p-5 dark:border-blue-400">
        <h2 id="mock-heading" className="text-xl font-semibold">
          Mock interview
        </h2>
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">
          {DEFAULT_MOCK_MINUTES} minutes, {MOCK_QUESTION_COUNT} questions across every topic drawn from a pool of {questions.length}, and{' '}
          {MOCK_PROMPT_COUNT} open prompts of the kind interviewers ask ({prompts.length} in the pool). You get a score by topic, every missed
          question explained, and the lessons to review. A retake draws different questions.
        </p>
        <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
          <BestScore quizId="mock" />
        </p>
        <p className="mt-4">
          <Link
            href="/quiz/mock"
            className="inline-block rounded-md bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
          >
            Go to the mock interview
          </Link>
        </p>
      </section>
      <section aria-labelledby="lesson-quizzes-heading" className="mt-10">
        <h2 id="lesson-quizzes-heading" className="text-xl font-semibold">
          One quiz per lesson
        </h2>
        <ol className="mt-4 space-y-3">
          {lessons.map((lesson) => (
            <li key={lesson.slug} className="flex gap-3">
              <span aria-hidden="true" className="w-6 shrink-0 text-right tabular-nums text-zinc-600 dark:text-zinc-400">
                {lesson.order}.
              </span>
              <div>
                <Link href={`/quiz/${lesson.quiz}`} className="font-medium text-blue-700 underline dark:text-blue-300">
                  Quiz: {lesson.title}
                </Link>
                <p className="text-sm text-zinc-600 dark:text-zinc-400">{lessonQuestions(lesson.quiz!).length} questions</p>
                <p className="text-sm text-zinc-700 dark:text-zinc-300">
                  <BestScore quizId={lesson.quiz!} />
                </p>
              </div>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
