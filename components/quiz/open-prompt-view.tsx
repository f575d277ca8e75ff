'use client';
/**
 * An open interview question: the learner writes an answer, then asks for
 * the model answer (which locks theirs, so it cannot be copied in), then
 * ticks the rubric lines their answer covered.
 */
import { useEffect, useRef } from 'react';
import type { OpenAnswer } from '@/lib/quiz/mock-session';
import type { OpenPrompt } from '@/lib/quiz/schema';
import { SECONDARY_BUTTON } from './styles';

export function OpenPromptView({
  prompt,
  position,
  answer,
  onChange,
}: {
  prompt: OpenPrompt;
  position: string;
  answer: OpenAnswer;
  onChange: (patch: Partial<OpenAnswer>) => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const model = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (!first.current) heading.current?.focus();
    first.current = false;
  }, [prompt.id]);

  const base = `prompt-${prompt.id}`;
  return (
    <div data-testid="open-prompt" data-prompt-id={prompt.id}>
      <h2 ref={heading} tabIndex={-1} className="text-sm font-semibold uppercase tracking-wide text-zinc-600 focus:outline-none dark:text-zinc-400">
        {position}
      </h2>
      <p id={`${base}-prompt`} className="mt-3 text-lg font-medium">
        {prompt.prompt}
      </p>
      <label htmlFor={`${base}-answer`} className="mt-4 block font-medium">
        Your answer
      </label>
      <p id={`${base}-hint`} className="text-sm text-zinc-600 dark:text-zinc-400">
        {answer.revealed
          ? 'Locked: you have seen the model answer.'
          : 'Write it as you would say it in the interview. Showing the model answer locks what you wrote.'}
      </p>
      <textarea
        id={`${base}-answer`}
        aria-describedby={`${base}-prompt ${base}-hint`}
        value={answer.text}
        readOnly={answer.revealed}
        onChange={(e) => onChange({ text: e.target.value })}
        rows={8}
        className="mt-2 w-full rounded-md border border-zinc-300 bg-white p-3 text-base text-zinc-900 read-only:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-blue-700 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:read-only:bg-zinc-800"
      />
      {!answer.revealed ? (
        <button
          type="button"
          className={`${SECONDARY_BUTTON} mt-3`}
          onClick={() => {
            onChange({ revealed: true });
            // The model answer appears below: take the reader there.
            window.requestAnimationFrame(() => model.current?.focus());
          }}
        >
          Show the model answer
        </button>
      ) : null}
      {answer.revealed && (
        <div className="mt-4 space-y-4">
          <section aria-labelledby={`${base}-model`} className="rounded-md bg-zinc-100 p-3 dark:bg-zinc-900">
            <h3 id={`${base}-model`} ref={model} tabIndex={-1} className="font-semibold focus:outline-none">
              Model answer
            </h3>
            <p className="mt-1 text-zinc-800 dark:text-zinc-200">{prompt.modelAnswer}</p>
          </section>
          <fieldset>
            <legend className="font-semibold">Which of these did your answer cover?</legend>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">Tick each point you made. Keys 1–{Math.min(9, prompt.rubric.length)} toggle them.</p>
            <ul className="mt-2 space-y-2">
              {prompt.rubric.map((line, index) => (
                <li key={line}>
                  <label className="flex items-start gap-3 rounded-md border border-zinc-200 p-2 dark:border-zinc-800">
                    <input
                      id={`${base}-rubric-${index + 1}`}
                      type="checkbox"
                      checked={answer.covered.includes(index)}
                      onChange={(e) =>
                        onChange({ covered: e.target.checked ? [...answer.covered, index].sort((a, b) => a - b) : answer.covered.filter((i) => i !== index) })
                      }
                      className="mt-1 h-4 w-4 shrink-0 accent-blue-700"
                    />
                    <span>{line}</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        </div>
      )}
    </div>
  );
}
