/**
 * The Web Worker that grades the learner's code in the browser. It runs the
 * same lib/grader code as `npm run grade`; this file only adapts messages
 * and, before any learner code can run, takes away the worker's network,
 * storage and messaging capabilities (see sandbox.ts and README.md).
 */
import { createWorkerCore } from '@/lib/grader/worker-core';
import { revokeCapabilities, revokeNavigator } from './sandbox';

/** The parts of DedicatedWorkerGlobalScope used here (the project's types are the DOM's). */
interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  navigator?: object;
}
declare const self: WorkerScope;

// Captured before revoking: learner code can no longer find postMessage on the
// scope, so it cannot talk to the page; only the grader answers through this.
const post = self.postMessage.bind(self);
const listen = self.addEventListener.bind(self);
revokeCapabilities(self);
revokeNavigator(self);

const handle = createWorkerCore((message) => post(message));
listen('message', (event: MessageEvent) => handle(event.data));
