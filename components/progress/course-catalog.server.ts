import 'server-only';
/**
 * The course's lessons, exercises and quizzes, read at build time, in the
 * light shape the progress views take as props.
 */
import { listExercises } from '@/lib/content/exercises.server';
import { listLessons } from '@/lib/content/lessons.server';
import { EXERCISE_IDS } from '@/lib/grader/types';
import type { CourseCatalog, ExerciseEntry, QuizEntry } from './catalog-types';

function titleFromId(id: string): string {
  return id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

export function courseCatalog(): CourseCatalog {
  const lessons = listLessons();
  const written = new Map(listExercises().map((e) => [e.id as string, e]));
  // Every exercise of the catalogue is listed, in its order; ones without a page yet are shown unlinked.
  const exercises: ExerciseEntry[] = EXERCISE_IDS.map((id) => {
    const meta = written.get(id);
    return { id, title: meta?.title ?? titleFromId(id), available: meta !== undefined };
  });
  const quizzes: QuizEntry[] = lessons
    .filter((lesson) => lesson.quiz)
    .map((lesson) => ({ id: lesson.quiz!, title: `Quiz: ${lesson.title}`, kind: 'lesson' as const, href: `/quiz/${lesson.quiz}` }));
  quizzes.push({ id: 'mock', title: 'Mock interview', kind: 'mock', href: '/quiz/mock' });
  return {
    lessons: lessons.map(({ slug, title, order }) => ({ slug, title, order })),
    exercises,
    quizzes,
  };
}
