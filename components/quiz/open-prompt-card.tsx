'use client';
/**
 * An open interview prompt: the learner writes an answer, then reveals the
 * model answer and ticks the rubric lines their answer covered. Revealing
 * locks the written answer, so it stays the learner's own.
 */
import { forwardRef, useEffect, useRef } from 'react';
import type { OpenAnswer } from '@/lib/quiz/mock-session';
import type { OpenPrompt } from '@/lib/quiz/schema';
import { SECONDARY_BUTTON } from './styles';

interface OpenPromptCardProps {
  prompt: OpenPrompt;
  position: number;
  total: number;
  answer: OpenAnswer | undefined;
  onChange: (patch: Partial<OpenAnswer>) => void;
  idPrefix: string;
}

export const OpenPromptCard = forwardRef<HTMLHeadingElement, OpenPromptCardProps>(function OpenPromptCard(
  { prompt, position, total, answer, onChange, idPrefix },
  headingRef,
) {
  const text = answer?.text ?? '';
  const revealed = answer?.revealed ?? false;
  const covered = answer?.covered ?? [];
  const modelHeading = useRef<HTMLHeadingElement>(null);
  const wasRevealed = useRef(revealed);
  // The reveal button disappears when pressed: the focus moves to what it revealed.
  useEffect(() => {
    if (revealed && !wasRevealed.current) modelHeading.current?.focus();
    wasRevealed.current = revealed;
  }, [revealed]);
  const toggle = (index: number) => onChange({ covered: covered.includes(index) ? covered.filter((i) => i !== index) : [...covered, index].sort((a, b) => a - b) });
  return (
    <div>
      <h2 ref={headingRef} tabIndex={-1} className="focus:outline-none focus-visible:outline-2 focus-visible:outline-blue-700">
        <span className="block text-sm font-medium text-zinc-600 dark:text-zinc-400">
          Question {position} of {total} · Open question
        </span>
        <span className="mt-1 block text-lg font-semibold text-zinc-900 dark:text-zinc-50">{prompt.prompt}</span>
      </h2>
      <label htmlFor={`${idPrefix}-text`} className="mt-4 block font-medium">
        Your answer
      </label>
      <p id={`${idPrefix}-hint`} className="text-sm text-zinc-700 dark:text-zinc-300">
        Write it as you would say it: define terms, name what breaks, compare the options, state the trade-off. Showing the model answer locks yours.
      </p>
      <textarea
        id={`${idPrefix}-text`}
        aria-describedby={`${idPrefix}-hint`}
        value={text}
        readOnly={revealed}
        onChange={(event) => onChange({ text: event.target.value })}
        rows={7}
        className="mt-2 w-full rounded-md border border-zinc-400 bg-white p-2 text-zinc-900 read-only:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-blue-700 dark:border-zinc-500 dark:bg-zinc-900 dark:text-zinc-100 dark:read-only:bg-zinc-800"
      />
      {!revealed ? (
        <p className="mt-3">
          <button type="button" className={SECONDARY_BUTTON} onClick={() => onChange({ revealed: true })}>
            Show the model answer and checklist
          </button>
        </p>
      ) : (
        <div className="mt-4 space-y-4">
          <section aria-labelledby={`${idPrefix}-model`} className="rounded-md border-l-4 border-blue-700 bg-blue-50 px-3 py-2 dark:bg-blue-950/40">
            <h3 id={`${idPrefix}-model`} ref={modelHeading} tabIndex={-1} className="font-semibold focus:outline-none">
              A model answer
            </h3>
            <p className="mt-1">{prompt.modelAnswer}</p>
          </section>
          <fieldset>
            <legend className="font-semibold">What did your answer cover? Tick each point honestly.</legend>
            <ul className="mt-2 space-y-1">
              {prompt.rubric.map((line, index) => (
                <li key={line}>
                  <label className="flex items-start gap-2">
                    <input type="checkbox" className="mt-1 size-4 shrink-0 accent-blue-700" checked={covered.includes(index)} onChange={() => toggle(index)} />
                    <span>{line}</span>
                  </label>
                </li>
              ))}
            </ul>
            <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
              Covered {covered.length} of {prompt.rubric.length}.
            </p>
          </fieldset>
        </div>
      )}
    </div>
  );
});
