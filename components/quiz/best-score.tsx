'use client';
/**
 * The learner's best result on one quiz, from saved progress. It keeps its
 * line while progress loads, so the list does not move when it arrives.
 */
import { useHydrated, useProgress } from '@/components/progress/use-progress';
import { formatPoints, percent } from '@/lib/format';

export function BestScore({ quizId }: { quizId: string }) {
  const progress = useProgress();
  const hydrated = useHydrated();
  if (!hydrated) return <span aria-hidden="true">&nbsp;</span>;
  const attempts = Object.values(progress.quizAttempts).filter((a) => a.quizId === quizId && a.maxScore > 0);
  if (attempts.length === 0) return <span>Not taken yet</span>;
  const best = attempts.reduce((a, b) => (b.score / b.maxScore > a.score / a.maxScore ? b : a));
  return (
    <span>
      Your best: {formatPoints(best.score)} of {best.maxScore} ({percent(best.score, best.maxScore)}%) over {attempts.length} attempt
      {attempts.length === 1 ? '' : 's'}
    </span>
  );
}
