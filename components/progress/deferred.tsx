'use client';
/**
 * The progress widgets that appear on many pages (damaged-data banner, read
 * marker, continue card) need the progress store and its schema validation,
 * which no page needs to render. So their code loads only when it has
 * something to do: the banner and the continue card when this browser holds
 * saved progress (a first visit never downloads them), the read marker when
 * the reader nears the end of the lesson.
 */
import dynamic from 'next/dynamic';
import { useEffect, useState, type ComponentProps } from 'react';
import { lazyOnView } from '@/components/ui/lazy-on-view';
import { whenProgressSaved } from '@/components/ui/saved-progress';

const ProgressIssueBanner = dynamic(
  () => import('@/components/progress/load-issue-banner').then((m) => m.ProgressIssueBanner),
  { ssr: false },
);

const ContinueCard = dynamic(
  () => import('@/components/progress/continue-card').then((m) => m.ContinueCard),
  { ssr: false },
);

/** false on the server and on the first client render (hydration matches), then whether anything is saved. */
function useSavedProgress(): boolean {
  const [saved, setSaved] = useState(false);
  useEffect(() => whenProgressSaved(() => setSaved(true)), []);
  return saved;
}

/**
 * Damaged data and blocked storage are found when saved data is read, so
 * with nothing saved there is nothing to report. (A write that fails later in
 * a tab that started empty goes unreported by the banner; the page that
 * wrote still works from memory.)
 */
export function DeferredProgressIssueBanner() {
  return useSavedProgress() ? <ProgressIssueBanner /> : null;
}

/** A first visit has nothing to continue; the home page's own "start" link is the call to action. */
export function DeferredContinueCard(props: ComponentProps<typeof ContinueCard>) {
  return useSavedProgress() ? <ContinueCard {...props} /> : null;
}

export const DeferredLessonReadMarker = lazyOnView(
  () => import('@/components/progress/lesson-read-marker').then((m) => m.LessonReadMarker),
  // Same height as the marker, so nothing jumps when it arrives; the test id
  // lets a test scroll to it before it has loaded.
  () => (
    <p className="mt-10 text-sm" aria-hidden="true" data-testid="lesson-read-marker">
      &nbsp;
    </p>
  ),
);
