/** What the progress views need to know about the course, handed down from server pages. */
export interface LessonEntry {
  slug: string;
  title: string;
  order: number;
}

export interface ExerciseEntry {
  id: string;
  title: string;
  /** False when the exercise has no page in this build (listed, not linked). */
  available: boolean;
}

export interface QuizEntry {
  id: string;
  title: string;
  kind: 'lesson' | 'mock';
  href: string;
}

export interface CourseCatalog {
  lessons: LessonEntry[];
  exercises: ExerciseEntry[];
  quizzes: QuizEntry[];
}
