import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/site/page-metadata';
import { MockInterview } from '@/components/quiz/mock-interview';
import { QuizPageHeader } from '@/components/quiz/quiz-page-header';
import { listLessons } from '@/lib/content/lessons.server';
import { loadQuizBank } from '@/lib/quiz/bank.server';

export const metadata: Metadata = pageMetadata({
  title: 'Mock interview',
  description: 'A timed mock interview on sticky sessions: questions across every topic, two open prompts with model answers, and a report by topic.',
  path: '/quiz/mock',
});

export default function MockInterviewPage() {
  const { questions, prompts } = loadQuizBank();
  const lessons = listLessons().map(({ slug, title }) => ({ slug, title }));
  return (
    <div className="max-w-3xl">
      <QuizPageHeader title="Mock interview" className="mt-2 mb-6" />
      <MockInterview questions={questions} prompts={prompts} lessons={lessons} />
    </div>
  );
}
