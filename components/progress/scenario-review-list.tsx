'use client';
/** Failed hidden scenarios waiting to be fixed, each linked to its exercise. */
import Link from '@/components/ui/link';
import type { ScenarioReviewItem } from '@/lib/progress';
import type { ExerciseEntry } from './catalog-types';
import { formatDay, relativeDays } from '@/lib/format';

export function ScenarioReviewList({ items, exercises, now }: { items: ScenarioReviewItem[]; exercises: ExerciseEntry[]; now: number }) {
  const byId = new Map(exercises.map((e) => [e.id, e]));
  return (
    <ul className="mt-3 space-y-3" data-testid="scenario-review">
      {items.map((item) => {
        const exercise = byId.get(item.exerciseId);
        const due = item.dueAt <= now;
        return (
          <li key={item.id} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
            <p className="font-medium">
              {exercise?.title ?? item.exerciseId}: {item.title}
            </p>
            <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
              First failed on {formatDay(item.createdAt)}
              {item.updatedAt > item.createdAt ? `, last failed on ${formatDay(item.updatedAt)}` : ''}.{' '}
              {due ? 'Due now.' : `Comes back ${relativeDays(item.dueAt, now)}.`}
            </p>
            <blockquote className="mt-2 border-l-4 border-zinc-300 pl-3 text-sm text-zinc-800 dark:border-zinc-700 dark:text-zinc-200">{item.message}</blockquote>
            {exercise?.available !== false && (
              <p className="mt-2 text-sm">
                <Link href={`/exercises/${item.exerciseId}`} className="font-medium text-blue-700 underline dark:text-blue-300">
                  Fix it in the exercise
                </Link>{' '}
                — a submit that passes this scenario clears it from your review.
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
