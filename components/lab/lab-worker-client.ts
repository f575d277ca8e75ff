/** Starts lab workers for lib/lab/worker-host.ts: a Web Worker seen as the grader's environment-neutral WorkerLike. */
import { adaptWorker } from '@/components/exercise/grader-client';
import type { WorkerLike } from '@/lib/grader/orchestrate';

export function spawnLabWorker(): WorkerLike {
  return adaptWorker(new Worker(new URL('./lab.worker.ts', import.meta.url), { type: 'module', name: 'lab' }));
}
