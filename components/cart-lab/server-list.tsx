/**
 * The app servers: up or down, the carts the baseline keeps in each one's
 * memory, and a Crash or Restart button. The last server up cannot crash (the
 * shoppers would have nowhere to go).
 */
import type { ServerState } from '@/lib/cart-lab/cart-model';

const BUTTON =
  'rounded-md border px-2.5 py-1 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 disabled:cursor-not-allowed disabled:opacity-60';

export function ServerList({
  servers,
  disabled,
  onCrash,
  onRestart,
}: {
  servers: ServerState[];
  disabled: boolean;
  onCrash: (id: string) => void;
  onRestart: (id: string) => void;
}) {
  const upCount = servers.filter((s) => s.up).length;
  return (
    <ul className="grid gap-2 sm:grid-cols-3" aria-label="App servers">
      {servers.map((server) => (
        <li
          key={server.id}
          data-testid={`server-${server.id}`}
          className={`flex flex-wrap items-center justify-between gap-2 rounded-md border p-2 text-sm ${server.up ? 'border-zinc-300 dark:border-zinc-700' : 'border-red-400 bg-red-50 dark:border-red-800 dark:bg-red-950/40'}`}
        >
          <span>
            <span className="font-mono font-semibold">{server.id}</span> {server.up ? 'up' : 'down'}
            <span className="block text-xs text-zinc-600 dark:text-zinc-400">
              baseline carts in memory: <span className="tabular-nums">{server.baselineCarts}</span>
            </span>
          </span>
          {server.up ? (
            <button
              type="button"
              className={`${BUTTON} border-red-700 text-red-800 hover:bg-red-50 dark:text-red-300 dark:hover:bg-red-950`}
              onClick={() => onCrash(server.id)}
              disabled={disabled || upCount <= 1}
            >
              Crash {server.id}
            </button>
          ) : (
            <button
              type="button"
              className={`${BUTTON} border-zinc-400 hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800`}
              onClick={() => onRestart(server.id)}
              disabled={disabled}
            >
              Restart {server.id}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
