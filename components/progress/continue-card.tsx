'use client';
/**
 * Home page card for a returning learner: the next step, and how many
 * mistakes are due for review. Renders nothing for a first visit, where the
 * home page's own "start with lesson 1" is the right call.
 */
import Link from '@/components/ui/link';
import { useEffect, useState } from 'react';
import { loadDrafts, type Draft } from '@/lib/progress';
import { plural } from '@/lib/format';
import { pickContinue, type ExerciseLink, type LessonLink } from './continue-target';
import { useHydrated, useProgress } from './use-progress';

export function ContinueCard({ lessons, exercises }: { lessons: LessonLink[]; exercises: ExerciseLink[] }) {
  const progress = useProgress();
  const hydrated = useHydrated();
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  useEffect(() => setDrafts(loadDrafts()), [progress]);

  if (!hydrated) return null;
  const { next, dueReviews } = pickContinue(progress, drafts, lessons, exercises, Date.now());
  if (!next && dueReviews === 0) return null;

  return (
    <section aria-labelledby="continue-heading" data-testid="continue-card" className="max-w-3xl rounded-lg border border-blue-200 bg-blue-50 p-5 dark:border-blue-900 dark:bg-blue-950/40">
      <h2 id="continue-heading" className="text-xl font-semibold">Continue where you left off</h2>
      {next && (
        <p className="mt-3">
          <Link href={next.href} className="font-medium text-blue-800 underline hover:no-underline dark:text-blue-200">
            {next.label}
          </Link>
          <span className="block text-sm text-zinc-700 dark:text-zinc-300">{next.detail}</span>
        </p>
      )}
      {dueReviews > 0 && (
        <p className="mt-3 text-sm">
          <Link href="/review" className="font-medium text-blue-800 underline hover:no-underline dark:text-blue-200">
            {plural(dueReviews, 'mistake')} due for review
          </Link>{' '}
          — a few minutes, and the spacing keeps working for you.
        </p>
      )}
      <p className="mt-3 text-sm">
        <Link href="/progress" className="text-blue-800 underline hover:no-underline dark:text-blue-200">
          All your progress
        </Link>
      </p>
    </section>
  );
}
