'use client';
/**
 * The progress widgets that appear on every page (damaged-data banner, read
 * marker, continue card) load after the page is interactive. They need the
 * progress store and its schema validation, which no lesson needs to render;
 * deferring them keeps a lesson's first-load JavaScript near a bare page's.
 */
import dynamic from 'next/dynamic';

export const DeferredProgressIssueBanner = dynamic(
  () => import('@/components/progress/load-issue-banner').then((m) => m.ProgressIssueBanner),
  { ssr: false },
);

export const DeferredLessonReadMarker = dynamic(
  () => import('@/components/progress/lesson-read-marker').then((m) => m.LessonReadMarker),
  {
    ssr: false,
    // Same height as the marker, so nothing jumps when it arrives.
    loading: () => <p className="mt-10 text-sm" aria-hidden="true">&nbsp;</p>,
  },
);

export const DeferredContinueCard = dynamic(
  () => import('@/components/progress/continue-card').then((m) => m.ContinueCard),
  { ssr: false },
);
