/**
 * "Continue where you left off": from the saved progress, the one next step
 * most worth taking. Pure, so it can be tested without a browser.
 */
import type { Draft, ProgressState } from '@/lib/progress';
import { dueItems } from '@/lib/progress/review';

export interface LessonLink {
  slug: string;
  title: string;
  order: number;
}

export interface ExerciseLink {
  id: string;
  title: string;
}

export interface ContinueTarget {
  href: string;
  /** The call to action, e.g. "Continue the exercise Round robin". */
  label: string;
  /** One line on why this is the suggestion. */
  detail: string;
}

export interface ContinueSuggestion {
  next: ContinueTarget | null;
  dueReviews: number;
}

function nextUnreadLesson(state: ProgressState, lessons: LessonLink[], after: string | null): LessonLink | null {
  const ordered = [...lessons].sort((a, b) => a.order - b.order);
  const start = after ? ordered.findIndex((l) => l.slug === after) + 1 : 0;
  return [...ordered.slice(start), ...ordered.slice(0, start)].find((l) => !state.lessons[l.slug]) ?? null;
}

export function pickContinue(
  state: ProgressState,
  drafts: Record<string, Draft>,
  lessons: LessonLink[],
  exercises: ExerciseLink[],
  now: number,
): ContinueSuggestion {
  const dueReviews = dueItems(state, now).length;

  // The unsolved exercise touched most recently (a submit, a run, or typing).
  let exercise: { link: ExerciseLink; at: number } | null = null;
  for (const link of exercises) {
    const record = state.exercises[link.id];
    if (record?.solvedAt !== undefined) continue;
    const at = Math.max(record?.lastAttemptAt ?? 0, drafts[link.id]?.savedAt ?? 0);
    if (at > 0 && (!exercise || at > exercise.at)) exercise = { link, at };
  }

  let lastLesson: { slug: string; at: number } | null = null;
  for (const [slug, record] of Object.entries(state.lessons)) {
    if (!lastLesson || record.readAt > lastLesson.at) lastLesson = { slug, at: record.readAt };
  }

  const started = exercise !== null || lastLesson !== null || Object.keys(state.quizAttempts).length > 0;
  if (!started) return { next: null, dueReviews };

  if (exercise && (!lastLesson || exercise.at >= lastLesson.at)) {
    const record = state.exercises[exercise.link.id];
    return {
      dueReviews,
      next: {
        href: `/exercises/${exercise.link.id}`,
        label: `Continue the exercise “${exercise.link.title}”`,
        detail: record ? `Your best so far: ${record.best.passedCount} of ${record.best.total} scenarios.` : 'Your draft is saved in this browser.',
      },
    };
  }

  const lesson = nextUnreadLesson(state, lessons, lastLesson?.slug ?? null);
  if (lesson) {
    return {
      dueReviews,
      next: { href: `/lessons/${lesson.slug}`, label: `Read lesson ${lesson.order}: ${lesson.title}`, detail: 'The next lesson you have not read yet.' },
    };
  }
  return {
    dueReviews,
    next: { href: '/progress', label: 'See your progress', detail: 'You have read every lesson. Your progress page shows what is left to solve.' },
  };
}
