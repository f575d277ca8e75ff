'use client';
/**
 * An ordering question: the steps as a numbered list, each with buttons to
 * move it up or down, and Alt+ArrowUp / Alt+ArrowDown while the focus is on
 * a step's buttons. After a move the focus stays on the moved step's button
 * and the new position is announced, so it works by keyboard and by ear.
 */
import { useEffect, useRef } from 'react';
import { moveStep } from '@/lib/quiz/answer-helpers';
import type { OrderingQuestion } from '@/lib/quiz/schema';
import { SMALL_BUTTON } from './styles';

interface OrderingStepsProps {
  question: OrderingQuestion;
  order: readonly string[];
  onChange: (order: string[]) => void;
  revealed: boolean;
  labelledBy: string;
  announce: (text: string) => void;
}

export function OrderingSteps({ question, order, onChange, revealed, labelledBy, announce }: OrderingStepsProps) {
  const text = new Map(question.steps.map((s) => [s.id, s.text]));
  const rightIndex = new Map(question.steps.map((s, i) => [s.id, i]));
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const pendingFocus = useRef<{ id: string; dir: 'up' | 'down' } | null>(null);

  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    pendingFocus.current = null;
    const wanted = buttons.current.get(`${pending.id}:${pending.dir}`);
    // At the top (or bottom) that button is disabled: the other one keeps the focus on the step.
    const fallback = buttons.current.get(`${pending.id}:${pending.dir === 'up' ? 'down' : 'up'}`);
    (wanted && !wanted.disabled ? wanted : fallback)?.focus();
  }, [order]);

  const move = (index: number, delta: -1 | 1) => {
    const next = moveStep(order, index, delta);
    const id = order[index];
    pendingFocus.current = { id, dir: delta < 0 ? 'up' : 'down' };
    onChange(next);
    announce(`“${text.get(id)}” is now step ${next.indexOf(id) + 1} of ${next.length}.`);
  };

  return (
    <div className="mt-4">
      <p className="mb-2 text-sm text-zinc-700 dark:text-zinc-300">
        Put the steps in order, first at the top. Use the arrow buttons to move a step, or Alt+Arrow Up and Alt+Arrow Down on its buttons.
      </p>
      <ol aria-labelledby={labelledBy} className="space-y-2">
        {order.map((id, index) => {
          const right = rightIndex.get(id) === index;
          return (
            <li
              key={id}
              data-step={id}
              onKeyDown={(event) => {
                if (revealed || !event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
                const delta = event.key === 'ArrowUp' ? -1 : 1;
                const target = index + delta;
                if (target < 0 || target >= order.length) return;
                event.preventDefault();
                move(index, delta);
              }}
              className={`flex items-center gap-2 rounded-md border p-2 ${
                revealed ? (right ? 'border-emerald-600 bg-emerald-50 dark:bg-emerald-950/40' : 'border-red-600 bg-red-50 dark:bg-red-950/40') : 'border-zinc-300 dark:border-zinc-600'
              }`}
            >
              <span className="w-6 shrink-0 text-right font-semibold tabular-nums" aria-hidden="true">
                {index + 1}.
              </span>
              <span className="min-w-0 flex-1 break-words">
                {text.get(id)}
                {revealed && (
                  <span className="block text-sm text-zinc-800 dark:text-zinc-200">
                    {right ? 'In the right place.' : `Belongs at step ${(rightIndex.get(id) ?? 0) + 1}.`}
                  </span>
                )}
              </span>
              {!revealed && (
                <span className="flex shrink-0 flex-col gap-1 sm:flex-row">
                  <button
                    type="button"
                    ref={(el) => void (el ? buttons.current.set(`${id}:up`, el) : buttons.current.delete(`${id}:up`))}
                    className={SMALL_BUTTON}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                    aria-label={`Move “${text.get(id)}” up`}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    ref={(el) => void (el ? buttons.current.set(`${id}:down`, el) : buttons.current.delete(`${id}:down`))}
                    className={SMALL_BUTTON}
                    disabled={index === order.length - 1}
                    onClick={() => move(index, 1)}
                    aria-label={`Move “${text.get(id)}” down`}
                  >
                    ↓
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
