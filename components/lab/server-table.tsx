'use client';
import type { LabServerView } from '@/lib/lab/types';
import { formatCount } from '@/lib/format';

const small =
  'rounded border border-zinc-400 px-2 py-1 text-xs font-medium hover:bg-zinc-100 disabled:opacity-50 dark:border-zinc-600 dark:hover:bg-zinc-800';

/** Every server with its numbers, and the buttons that kill or drain it. */
export function ServerTable({
  servers,
  storeSessions,
  onKill,
  onDrain,
}: {
  servers: LabServerView[];
  storeSessions: number;
  onKill: (server: string) => void;
  onDrain: (server: string) => void;
}) {
  const last = servers.length <= 1;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">Servers, their load and sessions, with actions</caption>
        <thead>
          <tr className="border-b border-zinc-300 text-xs text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
            <th scope="col" className="py-1 pr-2 font-medium">Server</th>
            <th scope="col" className="py-1 pr-2 text-right font-medium">Requests/s</th>
            <th scope="col" className="py-1 pr-2 text-right font-medium">Sessions</th>
            <th scope="col" className="py-1 font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {servers.map((s) => (
            <tr key={s.id} className="border-b border-zinc-100 dark:border-zinc-800">
              <th scope="row" className="py-1 pr-2 font-medium">
                {s.id}
                {s.draining && <span className="ml-1 text-xs font-normal text-amber-800 dark:text-amber-300">(draining)</span>}
              </th>
              <td className="py-1 pr-2 text-right tabular-nums">{s.rate.toFixed(1)}</td>
              <td className="py-1 pr-2 text-right tabular-nums">{formatCount(s.sessions)}</td>
              <td className="py-1">
                <div className="flex justify-end gap-1">
                  <button type="button" className={small} onClick={() => onKill(s.id)} disabled={last} aria-label={`Kill ${s.id}`}>
                    Kill
                  </button>
                  <button type="button" className={small} onClick={() => onDrain(s.id)} disabled={last || s.draining} aria-label={`Drain ${s.id}`}>
                    Drain
                  </button>
                </div>
              </td>
            </tr>
          ))}
          {storeSessions > 0 && (
            <tr>
              <th scope="row" className="py-1 pr-2 font-medium">
                shared store
              </th>
              <td className="py-1 pr-2 text-right">–</td>
              <td className="py-1 pr-2 text-right tabular-nums">{formatCount(storeSessions)}</td>
              <td />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
