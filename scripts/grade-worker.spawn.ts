/**
 * Spawns the grading worker as a Node worker thread and adapts it to the
 * WorkerLike the environment-neutral host (lib/grader/orchestrate.ts) needs.
 */
import { Worker } from 'node:worker_threads';
import type { WorkerLike } from '../lib/grader/orchestrate';

const ENTRY = new URL('./grade-worker.mjs', import.meta.url);

export function spawnNodeWorker(): WorkerLike {
  // A memory cap turns a runaway allocation into a worker error, not a dead machine.
  const worker = new Worker(ENTRY, { resourceLimits: { maxOldGenerationSizeMb: 512 } });
  const like: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage: (message) => worker.postMessage(message),
    terminate: () => {
      void worker.terminate();
    },
  };
  worker.on('message', (data: unknown) => like.onmessage?.({ data }));
  worker.on('error', (error) => like.onerror?.(error));
  // Worker threads keep the process alive while they run; the host terminates them.
  return like;
}
