/**
 * The browser's grading Web Worker entry. It only adapts the worker scope to
 * the shared core (worker-core.ts), which the Node entry
 * (scripts/grade-worker.mjs) uses too. Spawn it with spawnBrowserWorker().
 */
import { createWorkerCore } from './worker-core';

interface WorkerScope {
  postMessage(message: unknown): void;
  onmessage: ((event: { data: unknown }) => void) | null;
}

const scope = self as unknown as WorkerScope;
const handle = createWorkerCore((message) => scope.postMessage(message));
scope.onmessage = (event) => handle(event.data);
