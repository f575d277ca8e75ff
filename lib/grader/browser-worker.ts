/**
 * Spawns the grading worker in a browser, as the WorkerLike the host
 * (orchestrate.ts) needs: `gradeSubmission(request, { spawnWorker: spawnBrowserWorker })`.
 * The `new URL(..., import.meta.url)` form is what bundlers recognise to emit
 * the worker as its own chunk.
 */
import type { WorkerLike } from './orchestrate';

export function spawnBrowserWorker(): WorkerLike {
  const worker = new Worker(new URL('./grader.worker.ts', import.meta.url), { type: 'module', name: 'grader' });
  const like: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage: (message) => worker.postMessage(message),
    terminate: () => worker.terminate(),
  };
  worker.onmessage = (event: MessageEvent) => like.onmessage?.({ data: event.data });
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    like.onerror?.(new Error(event.message || 'the worker failed'));
  };
  return like;
}
