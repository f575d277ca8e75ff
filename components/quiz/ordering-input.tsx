'use client';
/**
 * An ordering question: a numbered list with Up and Down buttons on every
 * step, and Alt+ArrowUp / Alt+ArrowDown on the focused step. Focus follows
 * the step that moved, so a keyboard user can keep moving it.
 */
import { useEffect, useRef, useState } from 'react';
import { moveStep } from '@/lib/quiz/answer-helpers';
import type { OrderingQuestion } from '@/lib/quiz/schema';
import type { Answer } from '@/lib/quiz/scoring';
import { SMALL_BUTTON } from './styles';

export function OrderingInput({
  question,
  order,
  onAnswer,
  onMoved,
  idBase,
  locked,
  feedback,
}: {
  question: OrderingQuestion;
  order: string[];
  onAnswer: (answer: Answer) => void;
  /** Told what moved, for the live region. */
  onMoved: (message: string) => void;
  idBase: string;
  locked: boolean;
  feedback: boolean;
}) {
  const text = new Map(question.steps.map((s) => [s.id, s.text]));
  const rightIndex = new Map(question.steps.map((s, i) => [s.id, i]));
  const [focusTarget, setFocusTarget] = useState<{ id: string; part: 'step' | 'up' | 'down' } | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const hintId = `${idBase}-hint`;

  useEffect(() => {
    if (!focusTarget || !list.current) return;
    const item = list.current.querySelector<HTMLElement>(`[data-step="${focusTarget.id}"]`);
    const button = item?.querySelector<HTMLButtonElement>(`[data-move="${focusTarget.part}"]`);
    (button && !button.disabled ? button : item)?.focus();
  }, [focusTarget, order]);

  function move(index: number, delta: -1 | 1, part: 'step' | 'up' | 'down') {
    if (locked) return;
    const next = moveStep(order, index, delta);
    if (next.every((id, i) => id === order[i])) return;
    const id = order[index];
    onAnswer({ kind: 'order', order: next });
    onMoved(`“${text.get(id)}” moved to position ${index + delta + 1} of ${order.length}.`);
    setFocusTarget({ id, part });
  }

  return (
    <fieldset aria-describedby={hintId} className="mt-3">
      <legend className="text-lg font-medium">{question.prompt}</legend>
      <p id={hintId} className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        Put the steps in order, first at the top. Use the Up and Down buttons, or Alt+Arrow Up and Alt+Arrow Down on a step; Enter confirms.
      </p>
      <ol ref={list} className="mt-3 space-y-2">
        {order.map((id, index) => {
          const placed = feedback ? rightIndex.get(id) === index : null;
          return (
            <li
              key={id}
              data-step={id}
              tabIndex={locked ? undefined : 0}
              aria-label={`Step ${index + 1} of ${order.length}: ${text.get(id)}`}
              onKeyDown={(e) => {
                if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
                e.preventDefault();
                const part = e.target === e.currentTarget ? 'step' : e.key === 'ArrowUp' ? 'up' : 'down';
                move(index, e.key === 'ArrowUp' ? -1 : 1, part);
              }}
              className={`flex flex-wrap items-center gap-2 rounded-md border p-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-300 ${
                placed === null ? 'border-zinc-200 dark:border-zinc-800' : placed ? 'border-emerald-600 dark:border-emerald-500' : 'border-red-600 dark:border-red-500'
              }`}
            >
              <span aria-hidden="true" className="w-6 shrink-0 text-right tabular-nums text-zinc-600 dark:text-zinc-400">
                {index + 1}.
              </span>
              <span aria-hidden="true" className="min-w-0 flex-1 basis-40">
                {text.get(id)}
              </span>
              {placed !== null && (
                <span className="text-sm font-medium">{placed ? 'In the right place' : `Belongs at ${rightIndex.get(id)! + 1}`}</span>
              )}
              {!locked && (
                <span className="flex gap-1">
                  <button type="button" data-move="up" className={SMALL_BUTTON} disabled={index === 0} onClick={() => move(index, -1, 'up')}>
                    Up<span className="sr-only">: move “{text.get(id)}” earlier</span>
                  </button>
                  <button type="button" data-move="down" className={SMALL_BUTTON} disabled={index === order.length - 1} onClick={() => move(index, 1, 'down')}>
                    Down<span className="sr-only">: move “{text.get(id)}” later</span>
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {feedback && (
        <div className="mt-3 text-sm text-zinc-800 dark:text-zinc-200">
          <p>
            <strong className="font-semibold">The right order:</strong> {question.steps.map((s) => s.text).join(' → ')}
          </p>
          <p className="mt-1">{question.explanation}</p>
        </div>
      )}
    </fieldset>
  );
}
