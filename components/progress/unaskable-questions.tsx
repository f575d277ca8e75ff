'use client';
/**
 * Due questions the review page cannot ask itself (the question is not in
 * this build's question bank): practise them by retaking their quiz.
 */
import Link from '@/components/ui/link';
import type { QuizReviewItem } from '@/lib/progress';
import type { QuizEntry } from './catalog-types';
import { plural } from '@/lib/format';

export function UnaskableQuestions({ items, quizzes }: { items: QuizReviewItem[]; quizzes: QuizEntry[] }) {
  const byQuiz = new Map<string, number>();
  for (const item of items) byQuiz.set(item.quizId, (byQuiz.get(item.quizId) ?? 0) + 1);
  const known = new Map(quizzes.map((q) => [q.id, q]));
  return (
    <div className="mt-3 text-zinc-700 dark:text-zinc-300">
      <p>These missed questions cannot be asked on this page; retake their quiz to practise them:</p>
      <ul className="mt-2 list-disc pl-6">
        {[...byQuiz].map(([quizId, count]) => {
          const quiz = known.get(quizId);
          return (
            <li key={quizId}>
              {quiz ? (
                <Link href={quiz.href} className="text-blue-700 underline dark:text-blue-300">
                  {quiz.title}
                </Link>
              ) : (
                `Quiz “${quizId}” (no longer in the course)`
              )}
              : {plural(count, 'question')}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
