'use client';
import type { LabStrategyId } from '@/lib/lab/strategies';
import type { LabMetrics } from '@/lib/lab/types';
import { formatCount } from '@/lib/format';

/** The lab's numbers as text: what a screen reader reads, and what the charts draw. */
export function LabStats({ metrics, strategy }: { metrics: LabMetrics; strategy: LabStrategyId }) {
  const m = metrics;
  const keys =
    m.keysMoved === null
      ? strategy === 'session-store'
        ? 'none: any server can serve any session'
        : 'no routing key: every request may go anywhere'
      : formatCount(m.keysMoved);
  return (
    <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
      <Stat label="Sessions lost" testId="lab-sessions-lost" value={formatCount(m.sessionsLost)}>
        {formatCount(m.lostWithServers)} with their server, {formatCount(m.lostToRouting)} sent to a server without them
      </Stat>
      <Stat label="Keys moved" testId="lab-keys-moved" value={keys}>
        {strategy === 'yours'
          ? 'live sessions whose next request after a change of servers landed on another server'
          : 'live sessions that changed server when servers changed'}
      </Stat>
      {m.storeSessions > 0 ? (
        <Stat label="Busiest server" testId="lab-max-mean" value={`${m.maxOverMean.toFixed(2)}× mean requests`}>
          no server holds sessions: they are in the store
        </Stat>
      ) : (
        <Stat label="Busiest server" testId="lab-max-mean" value={`${m.sessionsMaxOverMean.toFixed(2)}× mean sessions`}>
          and {m.maxOverMean.toFixed(2)}× the mean requests per second
        </Stat>
      )}
      <Stat label="Live sessions" testId="lab-live" value={formatCount(m.liveSessions)}>
        {formatCount(m.requests)} requests since the start
      </Stat>
    </dl>
  );
}

function Stat({ label, value, testId, children }: { label: string; value: string; testId: string; children: React.ReactNode }) {
  return (
    <div className="rounded border border-zinc-200 p-2 dark:border-zinc-700">
      <dt className="text-xs text-zinc-600 dark:text-zinc-400">{label}</dt>
      <dd className="font-semibold tabular-nums" data-testid={testId}>
        {value}
      </dd>
      <dd className="text-xs text-zinc-600 dark:text-zinc-400">{children}</dd>
    </div>
  );
}
