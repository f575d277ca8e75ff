import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/site/page-metadata';
import Link from '@/components/ui/link';
import { ExerciseStatus } from '@/components/exercise/exercise-status';
import { listExercises } from '@/lib/content/exercises.server';

export const metadata: Metadata = pageMetadata({
  title: 'Exercises',
  description: 'Write load balancers in TypeScript and have them graded in your browser against hidden, seeded scenario suites.',
  path: '/exercises',
});

const DIFFICULTY_LABEL = { intro: 'Intro', core: 'Core', advanced: 'Advanced' } as const;

export default function ExercisesIndexPage() {
  const exercises = listExercises();
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">Exercises</h1>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">
        Each exercise asks for one TypeScript file: a balancer (or, in the last one, a cart service). Run checks it on sample
        scenarios; Submit grades it on the full hidden suite, with fresh random traffic every time. It all runs in your browser.
      </p>
      <ol className="mt-8 space-y-4">
        {exercises.map((exercise) => (
          <li key={exercise.id} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
            <div className="flex flex-wrap items-baseline gap-x-3">
              <Link href={`/exercises/${exercise.id}`} className="text-lg font-semibold text-blue-700 hover:underline dark:text-blue-300">
                {exercise.order}. {exercise.title}
              </Link>
              <span className="rounded bg-zinc-100 px-2 py-0.5 text-xs font-medium text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200">
                {DIFFICULTY_LABEL[exercise.difficulty]}
              </span>
            </div>
            <p className="mt-1 text-zinc-700 dark:text-zinc-300">{exercise.summary}</p>
            <p className="mt-1 text-sm">
              <ExerciseStatus exerciseId={exercise.id} />
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
