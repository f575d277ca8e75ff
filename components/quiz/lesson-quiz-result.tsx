'use client';
/** The end of a lesson's quiz: the score, each question's verdict, and where to go next. */
import Link from '@/components/ui/link';
import type { Ref } from 'react';
import { formatPoints } from '@/lib/format';
import type { Question } from '@/lib/quiz/schema';
import { scoreAnswer, type Answer, type QuizTotals } from '@/lib/quiz/scoring';
import { LINK, PRIMARY_BUTTON } from './styles';

export interface LessonQuizResultProps {
  ref: Ref<HTMLHeadingElement>;
  headingLevel: 2 | 3;
  quizId: string;
  lessonTitle: string;
  questions: readonly Question[];
  answers: Readonly<Record<string, Answer>>;
  totals: QuizTotals;
  onRetake: () => void;
}

export function LessonQuizResult({ ref, headingLevel, quizId, lessonTitle, questions, answers, totals, onRetake }: LessonQuizResultProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div data-testid="lesson-quiz-result">
      <Heading ref={ref} tabIndex={-1} className="text-xl font-semibold focus:outline-none">
        Your score: {formatPoints(totals.score)} of {totals.maxScore}
      </Heading>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">
        {totals.missed.length === 0
          ? 'Every answer right. Your progress page has it recorded.'
          : `${totals.missed.length} question${totals.missed.length === 1 ? '' : 's'} not fully right. They will come back on your review page until you get them right.`}
      </p>
      <ul className="mt-3 space-y-1">
        {questions.map((q, i) => {
          const s = scoreAnswer(q, answers[q.id]);
          return (
            <li key={q.id} className="text-sm">
              <span className="font-medium">{i + 1}.</span> {q.prompt} <strong>{s.verdict === 'correct' ? 'Right' : s.verdict === 'partial' ? `Partly right (${formatPoints(s.points)})` : 'Missed'}</strong>
            </li>
          );
        })}
      </ul>
      <p className="mt-4 flex flex-wrap gap-3">
        <button type="button" className={PRIMARY_BUTTON} onClick={onRetake}>
          Take the quiz again
        </button>
        <Link href={`/lessons/${quizId}`} className={`${LINK} self-center`}>
          Review the lesson: {lessonTitle}
        </Link>
        <Link href="/review" className={`${LINK} self-center`}>
          Your review page
        </Link>
      </p>
    </div>
  );
}
