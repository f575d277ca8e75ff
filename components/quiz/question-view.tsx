'use client';
/**
 * One question of any kind, with its position as a heading that takes focus
 * when the question changes, so a screen reader reads the new question.
 */
import { useEffect, useRef } from 'react';
import { initialOrder } from '@/lib/quiz/answer-helpers';
import type { Question } from '@/lib/quiz/schema';
import type { Answer } from '@/lib/quiz/scoring';
import { ChoiceInput } from './choice-input';
import { OrderingInput } from './ordering-input';

export function QuestionView({
  question,
  position,
  answer,
  onAnswer,
  onAnnounce,
  orderSeed = 0,
  locked = false,
  feedback = false,
  focusOnChange = true,
}: {
  question: Question;
  /** "Question 3 of 14" */
  position: string;
  answer: Answer | undefined;
  onAnswer: (answer: Answer) => void;
  onAnnounce: (message: string) => void;
  orderSeed?: number;
  locked?: boolean;
  feedback?: boolean;
  /** Move focus to the heading when the question changes (not on the first render of a page). */
  focusOnChange?: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const firstId = useRef(question.id);
  useEffect(() => {
    if (focusOnChange && question.id !== firstId.current) heading.current?.focus();
    firstId.current = '';
  }, [question.id, focusOnChange]);

  const idBase = `q-${question.id}`;
  return (
    <div data-testid="quiz-question" data-question-id={question.id}>
      <h2 ref={heading} tabIndex={-1} className="text-sm font-semibold uppercase tracking-wide text-zinc-600 focus:outline-none dark:text-zinc-400">
        {position}
      </h2>
      {question.kind === 'scenario' && (
        <p className="mt-2 rounded-md bg-zinc-100 p-3 text-zinc-800 dark:bg-zinc-900 dark:text-zinc-200">
          <span className="font-semibold">Scenario. </span>
          {question.scenario}
        </p>
      )}
      {question.kind === 'ordering' ? (
        <OrderingInput
          question={question}
          order={answer?.kind === 'order' ? answer.order : initialOrder(question, orderSeed)}
          onAnswer={onAnswer}
          onMoved={onAnnounce}
          idBase={idBase}
          locked={locked}
          feedback={feedback}
        />
      ) : (
        <ChoiceInput question={question} answer={answer} onAnswer={onAnswer} idBase={idBase} locked={locked} feedback={feedback} />
      )}
    </div>
  );
}
