/** What the lab tells the learner when their code does not return within the page's time budget. */
import { describeRequest } from '@/lib/grader/guard/describe';
import { DEFAULT_WARMUP_MS } from './lab-model';
import type { TracedRequest } from './worker-protocol';

/** "1:02.3": minutes, seconds and tenths since the lab opened. */
export function formatLabClock(ms: number): string {
  const tenths = Math.max(0, Math.floor(ms / 100));
  const s = Math.floor(tenths / 10);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}.${tenths % 10}`;
}

/**
 * Names the request that never returned, as the grader names requests
 * ("request 1234 (t=62.300 s, client 10.0.3.7, cookies lb=…)"), and when in
 * the lab's run it came. Without a traced request (the replay could not get
 * that far) it says only how long it waited, at the batch's start.
 */
export function stuckMessage(budgetMs: number, request: TracedRequest | null, batchStartMs: number): string {
  // Request times count from the start of the warm-up; the lab's clock from when it opened.
  const labElapsedMs = request ? request.time - DEFAULT_WARMUP_MS : batchStartMs;
  if (!request) return `Your code took longer than ${budgetMs} ms at ${formatLabClock(labElapsedMs)} into the run, so the lab stopped it. Look for a loop that never ends.`;
  const when = labElapsedMs < 0 ? 'during the minute of traffic the lab runs before it opens' : `at ${formatLabClock(labElapsedMs)} into the run`;
  return (
    `Your code took longer than ${budgetMs} ms on ${describeRequest(request.index, request)}, ${when}, ` +
    'so the lab stopped it. Look for a loop that never ends in route() or what it calls.'
  );
}
