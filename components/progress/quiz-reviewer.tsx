'use client';
/**
 * Asks due quiz questions again, one at a time. Checking an answer records it
 * at once (a right answer moves the question to a longer wait, a wrong one
 * starts it over), then shows why, with the lesson to reread.
 */
import Link from 'next/link';
import { useId, useState } from 'react';
import { answerReviewItem, type ProgressState, type QuizReviewItem } from '@/lib/progress';
import { relativeDays } from './format';
import { isCorrectSelection, type ReviewQuestion } from './review-question';

const BUTTON = 'rounded-md px-4 py-2 font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:opacity-60';

export function QuizReviewer({
  due,
  questions,
  progress,
  now,
  nothingDue,
}: {
  due: QuizReviewItem[];
  /** Shown when no question is due and none was answered in this visit. */
  nothingDue: string;
  questions: Record<string, ReviewQuestion>;
  progress: ProgressState;
  now: number;
}) {
  const formId = useId();
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
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
  const multiple = question.correct.length > 1;

  function check() {
    const correct = isCorrectSelection(question, selected);
    setCurrentId(item.id);
    setChecked(correct);
    setAnsweredCount((n) => n + 1);
    answerReviewItem(item.id, correct);
  }

  function next() {
    setCurrentId(null);
    setSelected([]);
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
        <fieldset className="mt-2" disabled={checked !== null}>
          <legend className="text-lg font-medium">{question.prompt}</legend>
          {multiple && <p className="text-sm text-zinc-600 dark:text-zinc-400">Select all that apply.</p>}
          <div className="mt-3 space-y-2">
            {question.choices.map((choice) => {
              const isRight = question.correct.includes(choice.id);
              const mark = checked === null ? '' : isRight ? ' (right answer)' : selected.includes(choice.id) ? ' (your choice)' : '';
              return (
                <label key={choice.id} className="flex items-start gap-2 rounded-md border border-zinc-200 p-2 dark:border-zinc-800">
                  <input
                    type={multiple ? 'checkbox' : 'radio'}
                    name={`${formId}-choice`}
                    value={choice.id}
                    checked={selected.includes(choice.id)}
                    onChange={(e) =>
                      setSelected((prev) => (multiple ? (e.target.checked ? [...prev, choice.id] : prev.filter((id) => id !== choice.id)) : [choice.id]))
                    }
                    className="mt-1"
                  />
                  <span>
                    {choice.text}
                    {mark && <strong className="font-medium">{mark}</strong>}
                  </span>
                </label>
              );
            })}
          </div>
        </fieldset>
        <div role="status" aria-live="polite" className="mt-4">
          {checked !== null && (
            <div className={checked ? 'text-emerald-900 dark:text-emerald-200' : 'text-red-900 dark:text-red-200'}>
              <p className="font-semibold">
                {checked ? 'Right.' : 'Not quite.'}{' '}
                {after?.masteredAt !== undefined
                  ? 'Mastered: this question leaves your review.'
                  : after
                    ? `It comes back ${relativeDays(after.dueAt, now)}.`
                    : ''}
              </p>
              <p className="mt-1 text-zinc-800 dark:text-zinc-200">{question.explanation}</p>
              <p className="mt-1 text-sm">
                <Link href={`/lessons/${question.lesson}`} className="text-blue-700 underline dark:text-blue-300">
                  Reread the lesson
                </Link>
              </p>
            </div>
          )}
        </div>
        <button type="submit" disabled={checked === null && selected.length === 0} className={`${BUTTON} mt-3 bg-blue-700 text-white hover:bg-blue-800`}>
          {checked === null ? 'Check answer' : remaining > 0 ? 'Next question' : 'Finish'}
        </button>
      </form>
    </div>
  );
}
