'use client';
/**
 * The options of a single, multiple or scenario question as native radios or
 * checkboxes (so arrow keys and Space work as everywhere else), numbered for
 * the number-key shortcut. Once revealed, every option says whether it is
 * right and why, in words as well as colour.
 */
import type { ChoiceQuestion } from '@/lib/quiz/schema';

interface ChoiceOptionsProps {
  question: ChoiceQuestion;
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  revealed: boolean;
  idPrefix: string;
  /** Id of the element holding the question's prompt: the group's name. */
  labelledBy: string;
}

function optionMark(correct: boolean, picked: boolean): { label: string; className: string } {
  if (correct && picked) return { label: 'Your choice: right', className: 'border-emerald-600 bg-emerald-50 dark:bg-emerald-950/40' };
  if (correct) return { label: 'Right answer', className: 'border-emerald-600 border-dashed' };
  if (picked) return { label: 'Your choice: wrong', className: 'border-red-600 bg-red-50 dark:bg-red-950/40' };
  return { label: 'Wrong', className: 'border-zinc-200 dark:border-zinc-700' };
}

export function ChoiceOptions({ question, selected, onChange, revealed, idPrefix, labelledBy }: ChoiceOptionsProps) {
  const multiple = question.kind === 'multiple';
  const toggle = (id: string) => {
    if (!multiple) return onChange([id]);
    onChange(selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id]);
  };
  return (
    <fieldset aria-labelledby={labelledBy} className="mt-4">
      <ul className="space-y-2">
        {question.options.map((option, index) => {
          const inputId = `${idPrefix}-opt-${option.id}`;
          const picked = selected.includes(option.id);
          const mark = revealed ? optionMark(option.correct, picked) : null;
          return (
            <li key={option.id} className={`rounded-md border ${mark ? mark.className : 'border-zinc-300 dark:border-zinc-600'}`}>
              <label htmlFor={inputId} className={`flex items-start gap-3 p-3 ${revealed ? '' : 'cursor-pointer hover:bg-zinc-50 dark:hover:bg-zinc-900'}`}>
                <input
                  id={inputId}
                  type={multiple ? 'checkbox' : 'radio'}
                  name={`${idPrefix}-options`}
                  value={option.id}
                  checked={picked}
                  disabled={revealed}
                  onChange={() => toggle(option.id)}
                  aria-describedby={revealed ? `${inputId}-why` : undefined}
                  className="mt-1 size-4 shrink-0 accent-blue-700"
                />
                <span aria-hidden="true" className="mt-0.5 inline-flex size-6 shrink-0 items-center justify-center rounded border border-zinc-400 text-xs font-semibold text-zinc-700 dark:border-zinc-500 dark:text-zinc-200">
                  {index + 1}
                </span>
                <span className="min-w-0 break-words">{option.text}</span>
              </label>
              {mark && (
                <p id={`${inputId}-why`} className="border-t border-inherit px-3 py-2 text-sm text-zinc-800 dark:text-zinc-200">
                  <strong>{mark.label}.</strong> {option.explanation}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
