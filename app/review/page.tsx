import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/site/page-metadata';
import { courseCatalog } from '@/components/progress/course-catalog.server';
import { reviewQuestions } from '@/components/progress/review-questions.server';
import { ReviewSession } from '@/components/progress/review-session';

export const metadata: Metadata = pageMetadata({
  title: 'Review your mistakes',
  description: 'Quiz questions you missed and hidden scenarios your code failed, brought back on a spaced schedule until you get them right.',
  path: '/review',
});

export default function ReviewPage() {
  const { exercises, quizzes } = courseCatalog();
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">Review your mistakes</h1>
      <ReviewSession exercises={exercises} quizzes={quizzes} questions={reviewQuestions()} />
    </div>
  );
}
