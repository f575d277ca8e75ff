/** What the learner reads before starting the clock. */
import { spokenDuration } from '@/lib/quiz/clock';
import { MOCK_PROMPT_COUNT, MOCK_QUESTION_COUNT } from '@/lib/quiz/mock-session';
import { PRIMARY_BUTTON } from './styles';

interface MockStartProps {
  minutes: number;
  poolSize: number;
  onStart: () => void;
  /** False until a saved interview has been looked for: starting before that could overwrite it. */
  ready: boolean;
}

export function MockStart({ minutes, poolSize, onStart, ready }: MockStartProps) {
  const duration = spokenDuration(minutes * 60_000);
  return (
    <div className="space-y-4">
      <h2 className="text-xl font-semibold">How it works</h2>
      <ul className="list-disc space-y-1 pl-6 text-zinc-800 dark:text-zinc-200">
        <li>
          {MOCK_QUESTION_COUNT} questions drawn across every topic from a pool of {poolSize}, then {MOCK_PROMPT_COUNT} open questions you answer in
          writing and check against a model answer.
        </li>
        <li>You have {duration}. The clock keeps running if you reload or leave the page; your answers are saved as you go.</li>
        <li>No answer is marked until the end. When the time runs out, the answers you have given are scored.</li>
        <li>
          Keys: <kbd className="rounded border px-1">1</kbd>–<kbd className="rounded border px-1">9</kbd> pick an option,{' '}
          <kbd className="rounded border px-1">Enter</kbd> goes to the next question. You can go back and change answers until you finish.
        </li>
      </ul>
      <button type="button" className={PRIMARY_BUTTON} onClick={onStart} disabled={!ready}>
        Start the interview ({duration})
      </button>
    </div>
  );
}
