'use client';
/**
 * One question, any kind. The heading holds the prompt and takes the focus
 * when the question appears, so a screen reader reads the question first.
 * `score` is given once the answer is checked: the card then shows the
 * verdict, how the credit was worked out, and every explanation.
 */
import { forwardRef } from 'react';
import { initialOrder } from '@/lib/quiz/answer-helpers';
import type { Question } from '@/lib/quiz/schema';
import type { Answer, Score } from '@/lib/quiz/scoring';
import { topicTitle } from '@/lib/quiz/topics';
import { creditRule, verdictHeadline } from '@/lib/quiz/verdict';
import { ChoiceOptions } from './choice-options';
import { OrderingSteps } from './ordering-steps';

interface QuestionCardProps {
  question: Question;
  position: number;
  total: number;
  answer: Answer | undefined;
  onAnswer: (answer: Answer) => void;
  /** Present once checked; absent while answering (and throughout a mock interview). */
  score?: Score;
  headingLevel: 2 | 3;
  idPrefix: string;
  announce: (text: string) => void;
  /** Seed for the first order of ordering steps (varies per attempt). */
  orderSeed?: number;
  /** False where number keys do nothing (a checkpoint inside a lesson): the hint then leaves them out. */
  keys?: boolean;
}

const VERDICT_STYLE = {
  correct: 'border-emerald-600 bg-emerald-50 dark:bg-emerald-950/40',
  partial: 'border-amber-600 bg-amber-50 dark:bg-amber-950/40',
  incorrect: 'border-red-600 bg-red-50 dark:bg-red-950/40',
  unanswered: 'border-red-600 bg-red-50 dark:bg-red-950/40',
} as const;

function keyHint(question: Question, keys: boolean): string {
  if (question.kind === 'ordering') return 'Move steps with the arrow buttons.';
  const n = question.options.length;
  if (!keys) return question.kind === 'multiple' ? 'Pick all that apply.' : 'Pick one.';
  return question.kind === 'multiple'
    ? `Pick all that apply. Keys 1–${n} toggle an option.`
    : `Pick one. Keys 1–${n} choose an option.`;
}

export const QuestionCard = forwardRef<HTMLHeadingElement, QuestionCardProps>(function QuestionCard(
  { question, position, total, answer, onAnswer, score, headingLevel, idPrefix, announce, orderSeed = 0, keys = true },
  headingRef,
) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const promptId = `${idPrefix}-prompt`;
  const revealed = score !== undefined;
  return (
    <div data-testid="quiz-question" data-question-id={question.id}>
      <Heading ref={headingRef} tabIndex={-1} className="focus:outline-none focus-visible:outline-2 focus-visible:outline-blue-700">
        <span className="block text-sm font-medium text-zinc-600 dark:text-zinc-400">
          Question {position} of {total} · {topicTitle(question.topic)}
        </span>
        <span id={promptId} className="mt-1 block text-lg font-semibold text-zinc-900 dark:text-zinc-50">
          {question.prompt}
        </span>
      </Heading>
      {question.kind === 'scenario' && (
        <div className="mt-3 rounded-md border-l-4 border-zinc-400 bg-zinc-50 px-3 py-2 dark:bg-zinc-900">
          <p className="text-sm font-semibold">The situation</p>
          <p className="mt-1 whitespace-pre-line">{question.scenario}</p>
        </div>
      )}
      {!revealed && <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">{keyHint(question, keys)}</p>}
      {question.kind === 'ordering' ? (
        <OrderingSteps
          question={question}
          order={answer?.kind === 'order' ? answer.order : initialOrder(question, orderSeed)}
          onChange={(order) => onAnswer({ kind: 'order', order })}
          revealed={revealed}
          labelledBy={promptId}
          announce={announce}
        />
      ) : (
        <ChoiceOptions
          question={question}
          selected={answer?.kind === 'choice' ? answer.selected : []}
          onChange={(selected) => onAnswer({ kind: 'choice', selected })}
          revealed={revealed}
          idPrefix={idPrefix}
          labelledBy={promptId}
        />
      )}
      {score && (
        <div className={`mt-4 rounded-md border-l-4 px-3 py-2 ${VERDICT_STYLE[score.verdict]}`}>
          <p data-testid="quiz-verdict" className="font-semibold">
            {verdictHeadline(score)}
          </p>
          {score.verdict !== 'correct' && question.kind !== 'single' && question.kind !== 'scenario' && (
            <p className="mt-1 text-sm">{creditRule(question)}</p>
          )}
          {question.kind === 'ordering' && (
            <>
              <p className="mt-2 text-sm font-semibold">The right order:</p>
              <ol className="ml-5 list-decimal text-sm">
                {question.steps.map((step) => (
                  <li key={step.id}>{step.text}</li>
                ))}
              </ol>
              <p className="mt-2">{question.explanation}</p>
            </>
          )}
        </div>
      )}
    </div>
  );
});
