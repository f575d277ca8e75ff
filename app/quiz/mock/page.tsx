import type { Metadata } from 'next';
import { MockInterview } from '@/components/quiz/mock-interview';
import { listLessons } from '@/lib/content/lessons.server';
import { loadQuizBank } from '@/lib/quiz/bank.server';
import { DEFAULT_MOCK_MINUTES } from '@/lib/quiz/mock-session';

export const metadata: Metadata = {
  title: 'Mock interview',
  description: `A timed ${DEFAULT_MOCK_MINUTES}-minute mock interview on sticky sessions: questions across every topic and open questions with a model answer and a rubric.`,
};

/**
 * The whole bank goes to the page: the draw happens in the browser, seeded,
 * so each attempt (and each retake) gets its own set.
 *
 * Test hook: `/quiz/mock?minutes=<number>` sets the length of a NEW interview
 * in minutes (e.g. `?minutes=0.2` for 12 seconds), so browser tests can watch
 * the time run out. A running interview keeps the deadline it started with.
 */
export default function MockInterviewPage() {
  const { questions, prompts } = loadQuizBank();
  const lessons = listLessons().map(({ slug, title, order }) => ({ slug, title, order }));
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">Mock interview</h1>
      <p className="mt-2 mb-6 text-zinc-700 dark:text-zinc-300">
        Practice that feels like the real thing: a clock, no hints along the way, and a report at the end that tells you what to review.
      </p>
      <MockInterview questions={questions} prompts={prompts} lessons={lessons} />
    </div>
  );
}
