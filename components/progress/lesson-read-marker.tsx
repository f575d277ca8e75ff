'use client';
/**
 * Put at the end of a lesson: when the learner scrolls it into view, the
 * lesson counts as read. A short lesson that fits on one screen counts as
 * soon as it is shown, which is right: its end is in view.
 */
import { useEffect, useRef } from 'react';
import { markLessonRead } from '@/lib/progress';
import { useProgress } from './use-progress';

export function LessonReadMarker({ slug }: { slug: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const progress = useProgress();
  const readAt = progress.lessons[slug]?.readAt;

  useEffect(() => {
    const element = ref.current;
    if (!element || readAt !== undefined) return;
    if (typeof IntersectionObserver === 'undefined') {
      markLessonRead(slug);
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        markLessonRead(slug);
        observer.disconnect();
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [slug, readAt]);

  return (
    <p ref={ref} data-testid="lesson-read-marker" className="mt-10 text-sm text-zinc-600 dark:text-zinc-400" aria-live="polite">
      {readAt !== undefined ? '✓ Marked as read in your progress.' : 'Reaching the end of the lesson marks it as read.'}
    </p>
  );
}
