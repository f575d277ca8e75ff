'use client';
/** The learner's status on one exercise, from their saved progress: solved, tried, or not started. */
import { useSyncExternalStore } from 'react';
import { emptyProgress, getProgress, subscribe } from '@/lib/progress';

const SERVER_SNAPSHOT = emptyProgress();

export function ExerciseStatus({ exerciseId }: { exerciseId: string }) {
  const progress = useSyncExternalStore(subscribe, getProgress, () => SERVER_SNAPSHOT);
  const record = progress.exercises[exerciseId];
  if (!record) return <span className="text-zinc-600 dark:text-zinc-400">Not started</span>;
  if (record.solvedAt) return <span className="font-medium text-emerald-800 dark:text-emerald-300">✓ Solved</span>;
  const { passedCount, total, mode } = record.best;
  return (
    <span className="text-amber-900 dark:text-amber-200">
      In progress: best {mode === 'submit' ? 'Submit' : 'Run'} passed {passedCount} of {total}{' '}
      {mode === 'submit' ? 'scenarios' : 'sample scenarios'}
    </span>
  );
}
