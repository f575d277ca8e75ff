'use client';
/**
 * A single, multiple or scenario question: radios or checkboxes in a
 * fieldset whose legend is the prompt. With `feedback`, every option shows
 * whether it is right, whether the learner chose it, and why.
 */
import type { ChoiceQuestion } from '@/lib/quiz/schema';
import type { Answer } from '@/lib/quiz/scoring';

function optionMark(correct: boolean, chosen: boolean): { label: string; className: string } {
  if (correct) {
    return { label: chosen ? 'Your choice: right' : 'Right answer', className: 'border-emerald-600 bg-emerald-50 dark:border-emerald-500 dark:bg-emerald-950/40' };
  }
  if (chosen) return { label: 'Your choice: wrong', className: 'border-red-600 bg-red-50 dark:border-red-500 dark:bg-red-950/40' };
  return { label: 'Wrong', className: 'border-zinc-200 dark:border-zinc-800' };
}

export function ChoiceInput({
  question,
  answer,
  onAnswer,
  idBase,
  locked,
  feedback,
}: {
  question: ChoiceQuestion;
  answer: Answer | undefined;
  onAnswer: (answer: Answer) => void;
  idBase: string;
  locked: boolean;
  feedback: boolean;
}) {
  const multiple = question.kind === 'multiple';
  const selected = answer?.kind === 'choice' ? answer.selected : [];
  const hintId = `${idBase}-hint`;
  return (
    <fieldset aria-describedby={hintId} className="mt-3">
      <legend className="text-lg font-medium">{question.prompt}</legend>
      <p id={hintId} className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        {multiple ? 'Select all that apply. ' : 'Choose one. '}
        <span className="hidden sm:inline">
          Keys: 1–{Math.min(9, question.options.length)} {multiple ? 'toggle' : 'choose'} an option, Enter confirms.
        </span>
      </p>
      <ul className="mt-3 space-y-2">
        {question.options.map((option, index) => {
          const chosen = selected.includes(option.id);
          const mark = feedback ? optionMark(option.correct, chosen) : null;
          const inputId = `${idBase}-option-${index + 1}`;
          return (
            <li key={option.id} className={`rounded-md border p-3 ${mark ? mark.className : chosen ? 'border-blue-600 dark:border-blue-400' : 'border-zinc-200 dark:border-zinc-800'}`}>
              <label htmlFor={inputId} className="flex cursor-pointer items-start gap-3">
                <input
                  id={inputId}
                  type={multiple ? 'checkbox' : 'radio'}
                  name={`${idBase}-choice`}
                  value={option.id}
                  checked={chosen}
                  disabled={locked}
                  onChange={(e) =>
                    onAnswer({
                      kind: 'choice',
                      selected: multiple ? (e.target.checked ? [...selected, option.id] : selected.filter((id) => id !== option.id)) : [option.id],
                    })
                  }
                  className="mt-1 h-4 w-4 shrink-0 accent-blue-700"
                />
                <span aria-hidden="true" className="w-5 shrink-0 rounded bg-zinc-100 text-center text-xs leading-6 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
                  {index + 1}
                </span>
                <span className="min-w-0 flex-1">{option.text}</span>
              </label>
              {mark && (
                <p className="mt-2 pl-12 text-sm text-zinc-800 dark:text-zinc-200">
                  <strong className="font-semibold">{mark.label}.</strong> {option.explanation}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
