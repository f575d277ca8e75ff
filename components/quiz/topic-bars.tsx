/** Score by topic: the numbers in words, with a bar beside them that repeats them for the eye. */
import { topicTitle } from '@/lib/quiz/topics';
import type { TopicScore } from '@/lib/quiz/scoring';
import { formatPoints } from './styles';

export function TopicBars({ byTopic, order }: { byTopic: Record<string, TopicScore>; order: readonly string[] }) {
  const topics = order.filter((id) => byTopic[id]);
  return (
    <ul className="mt-2 space-y-2" data-testid="topic-scores">
      {topics.map((id) => {
        const { score, max } = byTopic[id];
        const share = max > 0 ? score / max : 0;
        return (
          <li key={id} className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 gap-y-1 sm:grid-cols-[12rem_minmax(0,1fr)_auto]">
            <span className="font-medium">{topicTitle(id)}</span>
            <span className="col-span-2 row-start-2 h-3 overflow-hidden rounded-full bg-zinc-200 sm:col-span-1 sm:row-start-auto dark:bg-zinc-800" aria-hidden="true">
              <span className="block h-full rounded-full bg-blue-700 dark:bg-blue-400" style={{ width: `${Math.round(share * 100)}%` }} />
            </span>
            <span className="text-sm tabular-nums sm:col-start-3 sm:row-start-1">
              {formatPoints(score)} of {max} ({Math.round(share * 100)}%)
            </span>
          </li>
        );
      })}
    </ul>
  );
}
