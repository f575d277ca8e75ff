/** A finished quiz as the progress store records it: the same shape for lesson quizzes and mock interviews. */
import type { QuizAttemptInput } from '@/lib/progress/schema';
import type { QuizTotals } from './scoring';

export function attemptRecord(
  quizId: string,
  kind: QuizAttemptInput['kind'],
  startedAt: number,
  finishedAt: number,
  totals: QuizTotals,
): QuizAttemptInput {
  return {
    quizId,
    kind,
    startedAt,
    finishedAt,
    score: totals.score,
    maxScore: totals.maxScore,
    byTopic: totals.byTopic,
    // The verdict stays out: review items only need to know which question to ask again.
    missed: totals.missed.map(({ questionId, topic, lesson }) => ({ questionId, topic, lesson })),
  };
}
