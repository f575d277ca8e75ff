'use client';
/** The answer controls for one review question: radios, checkboxes, or an ordering list with move buttons. */
import type { Answer } from '@/lib/quiz/scoring';
import type { ReviewQuestion } from './review-question';
import { moveStep } from '@/lib/quiz/answer-helpers';

const SMALL_BUTTON =
  'rounded border border-zinc-300 px-2 py-1 text-sm hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:opacity-40 dark:border-zinc-700 dark:hover:bg-zinc-800';

export function ReviewAnswerInputs({
  question,
  answer,
  onAnswer,
  name,
  locked,
}: {
  question: ReviewQuestion;
  answer: Answer;
  onAnswer: (answer: Answer) => void;
  name: string;
  locked: boolean;
}) {
  if (question.kind === 'ordering') {
    const order = answer.kind === 'order' ? answer.order : [];
    const text = new Map(question.steps.map((s) => [s.id, s.text]));
    return (
      <ol className="mt-3 space-y-2">
        {order.map((id, index) => (
          <li key={id} className="flex items-center gap-2 rounded-md border border-zinc-200 p-2 dark:border-zinc-800">
            <span className="w-6 shrink-0 text-right tabular-nums text-zinc-600 dark:text-zinc-400">{index + 1}.</span>
            <span className="min-w-0 flex-1">{text.get(id)}</span>
            <button type="button" className={SMALL_BUTTON} disabled={locked || index === 0} onClick={() => onAnswer({ kind: 'order', order: moveStep(order, index, -1) })}>
              Up<span className="sr-only">: move “{text.get(id)}” earlier</span>
            </button>
            <button type="button" className={SMALL_BUTTON} disabled={locked || index === order.length - 1} onClick={() => onAnswer({ kind: 'order', order: moveStep(order, index, 1) })}>
              Down<span className="sr-only">: move “{text.get(id)}” later</span>
            </button>
          </li>
        ))}
      </ol>
    );
  }
  const multiple = question.kind === 'multiple';
  const selected = answer.kind === 'choice' ? answer.selected : [];
  return (
    <div className="mt-3 space-y-2">
      {multiple && <p className="text-sm text-zinc-600 dark:text-zinc-400">Select all that apply.</p>}
      {question.options.map((option) => (
        <label key={option.id} className="flex items-start gap-2 rounded-md border border-zinc-200 p-2 dark:border-zinc-800">
          <input
            type={multiple ? 'checkbox' : 'radio'}
            name={name}
            value={option.id}
            disabled={locked}
            checked={selected.includes(option.id)}
            onChange={(e) =>
              onAnswer({
                kind: 'choice',
                selected: multiple ? (e.target.checked ? [...selected, option.id] : selected.filter((id) => id !== option.id)) : [option.id],
              })
            }
            className="mt-1"
          />
          <span>{option.text}</span>
        </label>
      ))}
    </div>
  );
}
