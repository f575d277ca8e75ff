/**
 * Bench only: built when MEASURE_BENCH=1 (next.config.mjs adds the
 * `.bench.tsx` page extension), never in the shipped site. The same layout
 * and the same Monaco build, workers and exercise types as an exercise page,
 * and nothing else: scripts/measure-pages.mjs compares the exercise page's
 * editor-ready time with this page's.
 */
import { getExercise } from '@/lib/content/exercises.server';
import { BareMonaco } from './bare-monaco';

const EXERCISE = 'cookie-affinity';

export const metadata = { title: 'Bench: bare Monaco', robots: { index: false } };

export default async function BareMonacoPage() {
  const exercise = await getExercise(EXERCISE);
  if (!exercise) throw new Error(`bench page: no exercise ${EXERCISE}`);
  return (
    <div className="h-[28rem] rounded-md border border-zinc-300 dark:border-zinc-700">
      <BareMonaco exercise={EXERCISE} starter={exercise.starter} />
    </div>
  );
}
