/** What the mock interview is, before the clock starts. */
import { MOCK_PROMPT_COUNT, MOCK_QUESTION_COUNT } from '@/lib/quiz/mock-session';
import { spokenDuration } from '@/lib/quiz/clock';
import { PANEL, PRIMARY_BUTTON } from './styles';

export function MockStart({ minutes, poolSize, ready, onStart }: { minutes: number; poolSize: number; ready: boolean; onStart: () => void }) {
  return (
    <section aria-labelledby="mock-start-heading" className={PANEL} data-testid="mock-start">
      <h2 id="mock-start-heading" className="text-xl font-semibold">
        How it works
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-zinc-800 dark:text-zinc-200">
        <li>
          {MOCK_QUESTION_COUNT} questions drawn across every topic from a pool of {poolSize}, then {MOCK_PROMPT_COUNT} open questions where you write your answer,
          compare it with a model answer and tick the points you covered.
        </li>
        <li>
          {spokenDuration(minutes * 60_000)} on the clock. You can move back and forth between questions; nothing is marked until the end, as in an interview.
        </li>
        <li>When the time runs out, the interview ends and the answers you gave are scored.</li>
        <li>Everything is saved as you go: reload or close the tab and you come back to the same question, with the clock still running.</li>
        <li>Keyboard: number keys choose an option, Enter goes to the next question.</li>
      </ul>
      <button type="button" className={`${PRIMARY_BUTTON} mt-4`} disabled={!ready} onClick={onStart}>
        Start the interview
      </button>
    </section>
  );
}
