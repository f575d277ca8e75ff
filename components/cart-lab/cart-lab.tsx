'use client';
/**
 * The cart lab: the learner's session-store draft against a sticky in-memory
 * baseline, on the same seeded shoppers, while the learner crashes and
 * restarts servers. Numbers update every tick; the polite live region only
 * speaks events (crashes, restarts, first losses) and why a run stopped.
 */
import Link from 'next/link';
import { CartTable } from './cart-table';
import { EventLog } from './event-log';
import { ServerList } from './server-list';
import { EXERCISE_ID, useCartLab } from './use-cart-lab';

const BUTTON =
  'inline-flex items-center gap-2 rounded-md px-3 py-2 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 disabled:cursor-not-allowed disabled:opacity-60';

export function CartLab({ starter }: { starter: string }) {
  const { state, setPlaying, crash, restart, startAgain } = useCartLab(starter);
  const { snapshot, stopped, playing, source } = state;
  const ready = snapshot !== null && stopped === null;

  return (
    <div className="mt-6 space-y-6">
      <p className="text-sm" data-testid="code-source">
        {source === 'draft' && 'Running your saved draft of the session-store exercise. '}
        {source === 'starter' && 'No draft of the session-store exercise yet: running its starter. '}
        <Link href={`/exercises/${EXERCISE_ID}`} className="font-medium text-blue-700 underline dark:text-blue-300">
          Back to the editor
        </Link>
      </p>

      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={`${BUTTON} bg-blue-700 text-white hover:bg-blue-800`}
          onClick={() => setPlaying(!playing)}
          disabled={!ready}
          aria-pressed={playing}
        >
          {playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" className={`${BUTTON} border border-zinc-400 hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800`} onClick={startAgain}>
          Start again
        </button>
        <span className="text-sm text-zinc-700 dark:text-zinc-300" data-testid="run-clock">
          {snapshot ? `${snapshot.requests.toLocaleString('en')} requests` : stopped ? '' : 'Loading your code…'}
        </span>
      </div>

      {stopped && (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100" data-testid="lab-stopped">
          <p className="font-semibold">The run stopped.</p>
          <p className="mt-1 break-words">{stopped}</p>
          <p className="mt-1">
            Fix it in{' '}
            <Link href={`/exercises/${EXERCISE_ID}`} className="font-medium underline">
              the editor
            </Link>
            , then press Start again here.
          </p>
        </div>
      )}

      <section aria-labelledby="cart-servers" className="space-y-2">
        <h2 id="cart-servers" className="text-lg font-semibold">
          Servers
        </h2>
        {snapshot && <ServerList servers={snapshot.servers} disabled={!ready} onCrash={crash} onRestart={restart} />}
      </section>

      <section aria-labelledby="cart-numbers" className="space-y-2">
        <h2 id="cart-numbers" className="text-lg font-semibold">
          Carts
        </h2>
        <CartTable snapshot={snapshot} />
      </section>

      <section aria-labelledby="cart-events" className="space-y-2">
        <h2 id="cart-events" className="text-lg font-semibold">
          Events
        </h2>
        <EventLog events={state.log} />
        <div role="status" aria-live="polite" aria-atomic="true" className="sr-only" data-testid="cart-announcer">
          {state.announcement}
        </div>
      </section>
    </div>
  );
}
