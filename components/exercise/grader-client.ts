/**
 * The page's side of the grading worker: starts Web Workers, adapts them to
 * the host API of lib/grader/orchestrate.ts, and keeps one worker booted in
 * advance so that pressing Run does not wait for the worker's script.
 */
import { gradeSubmission, type GradeOutcome, type GradeProgress, type GradeRequest, type WorkerLike } from '@/lib/grader/orchestrate';

function startWorker(): Worker {
  return new Worker(new URL('./grader.worker.ts', import.meta.url), { type: 'module', name: 'grader' });
}

/** A Web Worker seen through the environment-neutral WorkerLike of the grader host. */
export function adaptWorker(worker: Worker): WorkerLike {
  const like: WorkerLike = {
    postMessage: (message) => worker.postMessage(message),
    onmessage: null,
    onerror: null,
    terminate: () => worker.terminate(),
  };
  worker.onmessage = (event: MessageEvent) => like.onmessage?.({ data: event.data });
  worker.onmessageerror = () => like.onerror?.(new Error('a message from the worker could not be read'));
  worker.onerror = (event: ErrorEvent) => {
    // Handled here: the host reports it to the learner, so keep it out of the console.
    event.preventDefault();
    like.onerror?.(new Error(event.message || 'the worker script failed to load'));
  };
  return like;
}

export class GraderClient {
  private spare: Worker | null = null;

  /** Boots a worker now so the next run starts at once. Safe to call repeatedly. */
  warm(): void {
    if (!this.spare && typeof Worker !== 'undefined') this.spare = startWorker();
  }

  private take(): WorkerLike {
    const worker = this.spare ?? startWorker();
    this.spare = null;
    return adaptWorker(worker);
  }

  async grade(request: GradeRequest, onProgress: (event: GradeProgress) => void, signal: AbortSignal): Promise<GradeOutcome> {
    try {
      return await gradeSubmission(request, { spawnWorker: () => this.take(), onProgress, signal });
    } finally {
      this.warm();
    }
  }

  dispose(): void {
    this.spare?.terminate();
    this.spare = null;
  }
}
