/**
 * One scenario's result: status in words and icon, the message written to the
 * learner, its metrics, an insight if any, and a button to chart it. Hidden
 * scenarios show their title and failure, never how they are generated.
 */
import type { ScenarioResult } from '@/lib/grader/types';
import { formatMetric } from '@/lib/format';
import { STATUS_LABEL } from './summary';

const STATUS_STYLE: Record<ScenarioResult['status'], string> = {
  passed: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100',
  failed: 'bg-red-100 text-red-900 dark:bg-red-900/50 dark:text-red-100',
  error: 'bg-red-100 text-red-900 dark:bg-red-900/50 dark:text-red-100',
  timeout: 'bg-amber-100 text-amber-950 dark:bg-amber-900/50 dark:text-amber-100',
};
const STATUS_ICON: Record<ScenarioResult['status'], string> = { passed: '✓', failed: '✗', error: '!', timeout: '⏱' };

export function ScenarioResultItem({
  result,
  charted,
  onChart,
}: {
  result: ScenarioResult;
  charted: boolean;
  onChart: (() => void) | null;
}) {
  const metrics = Object.entries(result.metrics);
  return (
    <li className="rounded-md border border-zinc-200 p-3 dark:border-zinc-800" data-scenario={result.id} data-status={result.status} data-duration={result.durationMs}>
      <div className="flex flex-wrap items-center gap-2">
        <span className={`inline-flex items-center gap-1 rounded px-2 py-0.5 text-xs font-semibold ${STATUS_STYLE[result.status]}`}>
          <span aria-hidden="true">{STATUS_ICON[result.status]}</span>
          {STATUS_LABEL[result.status]}
        </span>
        <span className="font-medium">{result.title}</span>
        <span className="text-xs text-zinc-600 dark:text-zinc-400">
          {result.hidden ? 'hidden scenario' : 'sample'} · {Math.round(result.durationMs)} ms
        </span>
      </div>
      {result.message && <p className="mt-2 text-sm whitespace-pre-wrap break-words">{result.message}</p>}
      {result.insight && (
        <p className="mt-2 rounded bg-blue-50 px-2 py-1 text-sm text-blue-950 dark:bg-blue-950/50 dark:text-blue-100">
          <span className="font-semibold">Insight: </span>
          {result.insight}
        </p>
      )}
      {metrics.length > 0 && (
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs text-zinc-700 dark:text-zinc-300">
          {metrics.map(([name, value]) => (
            <div key={name} className="contents">
              <dt>{name}</dt>
              <dd className="font-mono">{formatMetric(value)}</dd>
            </div>
          ))}
        </dl>
      )}
      {onChart && (
        <button
          type="button"
          onClick={onChart}
          aria-pressed={charted}
          className="mt-2 rounded px-2 py-1 text-xs font-medium text-blue-800 underline hover:bg-blue-50 focus-visible:outline-2 focus-visible:outline-blue-600 dark:text-blue-300 dark:hover:bg-blue-950"
        >
          {charted ? 'Charted below' : 'Chart this scenario'}
        </button>
      )}
    </li>
  );
}
