'use client';
/**
 * Asks due quiz questions again, one at a time. Checking an answer records it
 * at once (a right answer moves the question to a longer wait, a wrong one
 * starts it over), then shows why, with the lesson to reread.
 */
import Link from '@/components/ui/link';
import { useId, useState } from 'react';
import { answerReviewItem, type ProgressState, type QuizReviewItem } from '@/lib/progress';
import type { Answer } from '@/lib/quiz/scoring';
import { relativeDays } from '@/lib/format';
import { ReviewAnswerInputs } from './review-answer-inputs';
import { startingOrder } from './review-order';
import { explanationsFor, isRightInReview, type ReviewQuestion } from './review-question';

const BUTTON = 'rounded-md px-4 py-2 font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:opacity-60';

function blankAnswer(question: ReviewQuestion): Answer {
  return question.kind === 'ordering' ? { kind: 'order', order: startingOrder(question.id, question.steps.map((s) => s.id)) } : { kind: 'choice', selected: [] };
}

function answered(answer: Answer): boolean {
  return answer.kind === 'order' || answer.selected.length > 0;
}

export function QuizReviewer({
  due,
  questions,
  progress,
  now,
  nothingDue,
}: {
  due: QuizReviewItem[];
  questions: Record<string, ReviewQuestion>;
  progress: ProgressState;
  now: number;
  /** Shown when no question is due and none was answered in this visit. */
  nothingDue: string;
}) {
  const formId = useId();
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [checked, setChecked] = useState<boolean | null>(null);
  const [answeredCount, setAnsweredCount] = useState(0);

  const askable = due.filter((item) => questions[item.questionId]);
  // While feedback is showing, keep the answered item on screen even though it is no longer due.
  const item = (currentId ? (progress.review[currentId] as QuizReviewItem | undefined) : undefined) ?? askable[0];
  if (!item) {
    return (
      <p className="mt-3 text-zinc-700 dark:text-zinc-300" role="status">
        {answeredCount > 0 ? `That was every question due now: ${answeredCount} reviewed.` : nothingDue}
      </p>
    );
  }
  const question = questions[item.questionId];
  const current = answer ?? blankAnswer(question);

  function check() {
    const right = isRightInReview(question, current);
    setCurrentId(item.id);
    setAnswer(current);
    setChecked(right);
    setAnsweredCount((n) => n + 1);
    answerReviewItem(item.id, right);
  }

  function next() {
    setCurrentId(null);
    setAnswer(null);
    setChecked(null);
  }

  const after = progress.review[item.id];
  const remaining = askable.filter((i) => i.id !== item.id).length;
  return (
    <div className="mt-3 rounded-lg border border-zinc-200 p-5 dark:border-zinc-800" data-testid="quiz-review">
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        {checked === null ? `${askable.length} question${askable.length === 1 ? '' : 's'} due` : `${remaining} more due after this one`}
      </p>
      <form
        id={formId}
        onSubmit={(e) => {
          e.preventDefault();
          if (checked === null) check();
          else next();
        }}
      >
        <fieldset className="mt-2">
          <legend className="text-lg font-medium">{question.prompt}</legend>
          {question.kind === 'scenario' && <p className="mt-2 rounded-md bg-zinc-50 p-3 text-zinc-800 dark:bg-zinc-900 dark:text-zinc-200">{question.scenario}</p>}
          <ReviewAnswerInputs question={question} answer={current} onAnswer={setAnswer} name={`${formId}-choice`} locked={checked !== null} />
        </fieldset>
        <div role="status" aria-live="polite" className="mt-4">
          {checked !== null && (
            <div>
              <p className={`font-semibold ${checked ? 'text-emerald-900 dark:text-emerald-200' : 'text-red-900 dark:text-red-200'}`}>
                {checked ? 'Right.' : 'Not quite.'}{' '}
                {after?.masteredAt !== undefined ? 'Mastered: this question leaves your review.' : after ? `It comes back ${relativeDays(after.dueAt, now)}.` : ''}
              </p>
              {question.kind === 'ordering' && !checked && (
                <p className="mt-1">The right order: {question.steps.map((s) => s.text).join(' → ')}.</p>
              )}
              <ul className="mt-1 space-y-1 text-zinc-800 dark:text-zinc-200">
                {explanationsFor(question, current).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              <p className="mt-1 text-sm">
                <Link href={`/lessons/${question.lesson}`} className="text-blue-700 underline dark:text-blue-300">
                  Reread the lesson
                </Link>
              </p>
            </div>
          )}
        </div>
        <button type="submit" disabled={checked === null && !answered(current)} className={`${BUTTON} mt-3 bg-blue-700 text-white hover:bg-blue-800`}>
          {checked === null ? 'Check answer' : remaining > 0 ? 'Next question' : 'Finish'}
        </button>
      </form>
    </div>
  );
}
