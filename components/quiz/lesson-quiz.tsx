/**
 * `<LessonQuiz lesson="hashing" />`: a lesson's quiz, for its own page and
 * for embedding inline in lesson MDX. A server component: it reads the
 * question bank at build time and hands only that lesson's questions to the
 * client runner. An unknown lesson or an empty quiz fails the build.
 */
import { listLessons } from '@/lib/content/lessons.server';
import { lessonQuestions } from '@/lib/quiz/bank.server';
import { QuizContentError } from '@/lib/quiz/schema';
import { LessonQuizRunner } from './lesson-quiz-runner';

export interface LessonQuizProps {
  /** The lesson slug, which is also the quiz id. */
  lesson: string;
  /** 2 on the quiz's own page (under its h1); 3 inline in a lesson section (the default). */
  headingLevel?: 2 | 3;
}

export function LessonQuiz({ lesson, headingLevel = 3 }: LessonQuizProps) {
  const meta = listLessons().find((l) => l.slug === lesson);
  const questions = lessonQuestions(lesson);
  if (!meta || questions.length === 0) {
    throw new QuizContentError(`<LessonQuiz lesson="${lesson}" />: ${meta ? 'that lesson has no questions in content/quizzes/' : 'no lesson has that slug'}`);
  }
  return (
    <div className="not-prose my-8">
      <LessonQuizRunner quizId={lesson} questions={questions} lessonTitle={meta.title} headingLevel={headingLevel} inline={headingLevel === 3} />
    </div>
  );
}
