'use client';
/** Lesson, exercise and quiz completion, one list each, from the saved progress. */
import Link from '@/components/ui/link';
import type { Draft, ProgressState, QuizAttempt } from '@/lib/progress';
import type { ExerciseEntry, LessonEntry, QuizEntry } from './catalog-types';
import { formatDay, formatPoints, percent, plural } from '@/lib/format';
import { StatusBadge } from './status-badge';

const LIST = 'mt-3 divide-y divide-zinc-200 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800';
const ROW = 'flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-3';
const LINK = 'font-medium text-blue-700 hover:underline dark:text-blue-300';

export function LessonCompletion({ lessons, progress }: { lessons: LessonEntry[]; progress: ProgressState }) {
  return (
    <ol className={LIST} data-testid="lesson-completion">
      {lessons.map((lesson) => {
        const read = progress.lessons[lesson.slug];
        return (
          <li key={lesson.slug} className={ROW}>
            <Link href={`/lessons/${lesson.slug}`} className={LINK}>
              {lesson.order}. {lesson.title}
            </Link>
            {read ? <StatusBadge tone="done">Read on {formatDay(read.readAt)}</StatusBadge> : <StatusBadge tone="none">Not read yet</StatusBadge>}
          </li>
        );
      })}
    </ol>
  );
}

export function ExerciseCompletion({ exercises, progress, drafts }: { exercises: ExerciseEntry[]; progress: ProgressState; drafts: Record<string, Draft> }) {
  return (
    <ul className={LIST} data-testid="exercise-completion">
      {exercises.map((exercise) => {
        const record = progress.exercises[exercise.id];
        let status: React.ReactNode;
        if (record?.solvedAt !== undefined) status = <StatusBadge tone="done">Solved on {formatDay(record.solvedAt)}</StatusBadge>;
        else if (record) {
          const { passedCount, total, mode } = record.best;
          status = (
            <StatusBadge tone="partial">
              Best {mode === 'submit' ? 'submit' : 'run'}: {passedCount} of {total} scenarios
            </StatusBadge>
          );
        } else if (drafts[exercise.id]) status = <StatusBadge tone="partial">Draft saved, not graded yet</StatusBadge>;
        else status = <StatusBadge tone="none">Not started</StatusBadge>;
        return (
          <li key={exercise.id} className={ROW} data-exercise={exercise.id}>
            {exercise.available ? (
              <Link href={`/exercises/${exercise.id}`} className={LINK}>
                {exercise.title}
              </Link>
            ) : (
              <span className="font-medium">{exercise.title} <span className="text-sm font-normal text-zinc-600 dark:text-zinc-400">(coming soon)</span></span>
            )}
            {status}
          </li>
        );
      })}
    </ul>
  );
}

function bestAttempt(attempts: QuizAttempt[]): QuizAttempt | null {
  return attempts.reduce<QuizAttempt | null>((best, a) => (!best || percent(a.score, a.maxScore) > percent(best.score, best.maxScore) ? a : best), null);
}

export function QuizCompletion({ quizzes, progress }: { quizzes: QuizEntry[]; progress: ProgressState }) {
  const attempts = Object.values(progress.quizAttempts);
  return (
    <ul className={LIST} data-testid="quiz-completion">
      {quizzes.map((quiz) => {
        const mine = attempts.filter((a) => a.quizId === quiz.id);
        const best = bestAttempt(mine);
        const last = mine.reduce((t, a) => Math.max(t, a.finishedAt), 0);
        return (
          <li key={quiz.id} className={ROW} data-quiz={quiz.id}>
            <Link href={quiz.href} className={LINK}>
              {quiz.title}
            </Link>
            {best ? (
              <StatusBadge tone={best.score === best.maxScore ? 'done' : 'partial'}>
                Best {formatPoints(best.score)} / {best.maxScore} ({percent(best.score, best.maxScore)}%), {plural(mine.length, 'attempt')}, last on {formatDay(last)}
              </StatusBadge>
            ) : (
              <StatusBadge tone="none">Not taken yet</StatusBadge>
            )}
          </li>
        );
      })}
    </ul>
  );
}
