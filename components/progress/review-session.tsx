'use client';
/**
 * The review page's body: due quiz questions to answer again, failed hidden
 * scenarios to fix, and what comes back when.
 */
import Link from '@/components/ui/link';
import type { QuizReviewItem, ScenarioReviewItem } from '@/lib/progress';
import { activeItems, dueItems, masteredCount } from '@/lib/progress/review';
import type { ExerciseEntry, QuizEntry } from './catalog-types';
import { formatDay, plural } from '@/lib/format';
import { QuizReviewer } from './quiz-reviewer';
import type { ReviewQuestion } from './review-question';
import { ScenarioReviewList } from './scenario-review-list';
import { UnaskableQuestions } from './unaskable-questions';
import { useHydrated, useProgress } from './use-progress';

export function ReviewSession({
  exercises,
  quizzes,
  questions = {},
}: {
  exercises: ExerciseEntry[];
  quizzes: QuizEntry[];
  /** The question bank by question id; questions missing from it are sent back to their quiz. */
  questions?: Record<string, ReviewQuestion>;
}) {
  const progress = useProgress();
  const hydrated = useHydrated();
  if (!hydrated) return <p className="mt-6 text-zinc-700 dark:text-zinc-300">Loading your review queue from this browser…</p>;

  const now = Date.now();
  const due = dueItems(progress, now);
  const dueQuiz = due.filter((i): i is QuizReviewItem => i.kind === 'quiz');
  const unaskable = dueQuiz.filter((i) => !questions[i.questionId]);
  const active = activeItems(progress);
  const scenarios = active.filter((i): i is ScenarioReviewItem => i.kind === 'scenario');
  const upcomingQuiz = active.filter((i) => i.kind === 'quiz' && i.dueAt > now);
  const mastered = masteredCount(progress);

  if (active.length === 0) {
    return (
      <div className="mt-6 space-y-2 text-zinc-700 dark:text-zinc-300" data-testid="review-empty">
        <p>Nothing to review. Questions you miss in a quiz and hidden scenarios your code fails come back here, spaced out over days, until you get them right.</p>
        {mastered > 0 && <p>{plural(mastered, 'mistake')} mastered so far.</p>}
        <p>
          <Link href="/exercises" className="text-blue-700 underline dark:text-blue-300">
            Try an exercise
          </Link>{' '}
          or a quiz from any lesson.
        </p>
      </div>
    );
  }

  return (
    <div className="mt-6">
      <p className="text-zinc-700 dark:text-zinc-300">
        {plural(due.length, 'item')} due now, {plural(active.length, 'item')} in your queue, {mastered} mastered. A right answer brings a question back after a longer wait (1, 3, 7, 21, then 60 days); a wrong one starts it over.
      </p>

      <section aria-labelledby="review-questions-heading" className="mt-8">
        <h2 id="review-questions-heading" className="text-2xl font-semibold">Questions to answer again</h2>
        <QuizReviewer
          due={dueQuiz}
          questions={questions}
          progress={progress}
          now={now}
          nothingDue={`No questions due now.${upcomingQuiz.length > 0 ? ` Next: ${plural(upcomingQuiz.length, 'question')}, the first on ${formatDay(upcomingQuiz[0].dueAt)}.` : ''}`}
        />
        {unaskable.length > 0 && <UnaskableQuestions items={unaskable} quizzes={quizzes} />}
      </section>

      <section aria-labelledby="review-scenarios-heading" className="mt-10">
        <h2 id="review-scenarios-heading" className="text-2xl font-semibold">Scenarios to fix</h2>
        {scenarios.length > 0 ? (
          <ScenarioReviewList items={scenarios} exercises={exercises} now={now} />
        ) : (
          <p className="mt-3 text-zinc-700 dark:text-zinc-300">No failed hidden scenarios waiting.</p>
        )}
      </section>
    </div>
  );
}
