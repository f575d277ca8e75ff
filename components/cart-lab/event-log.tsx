/**
 * The latest events, newest first: crashes, restarts, and the first lost,
 * stale or wrong cart of each side since the last crash or restart.
 */
import { formatTime } from '@/lib/grader/guard/describe';
import type { CartLabEvent } from '@/lib/cart-lab/cart-model';

export function EventLog({ events }: { events: CartLabEvent[] }) {
  if (events.length === 0) return <p className="text-sm text-zinc-600 dark:text-zinc-400">Nothing has happened yet: press Play, then crash a server.</p>;
  return (
    <ol className="space-y-1 text-sm" data-testid="event-log">
      {events.map((event, i) => (
        <li key={`${event.request}-${event.kind}-${event.side ?? ''}-${i}`} className="break-words">
          <span className="font-mono text-xs text-zinc-600 dark:text-zinc-400">{formatTime(event.time)}</span>{' '}
          <span className={event.side === 'yours' ? 'font-semibold text-red-800 dark:text-red-300' : ''}>{event.text}</span>
        </li>
      ))}
    </ol>
  );
}
