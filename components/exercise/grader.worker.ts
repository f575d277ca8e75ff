/**
 * The Web Worker that grades the learner's code in the browser. It runs the
 * same lib/grader code as `npm run grade`, learner modules included: each is
 * evaluated in its own SES compartment after lockdown (lib/grader/realm.ts),
 * where it sees only frozen built-ins and its endowments, never this
 * worker's global scope. As a second wall, this file takes the worker's
 * network, storage and messaging capabilities away before any learner code
 * runs (see sandbox.ts and README.md).
 */
import { ensureLockdown } from '@/lib/grader/realm';
import { createWorkerCore } from '@/lib/grader/worker-core';
import { revokeCapabilities, revokeNavigator } from './sandbox';

/** The parts of DedicatedWorkerGlobalScope used here (the project's types are the DOM's). */
interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  navigator?: object;
}
declare const self: WorkerScope;

// Captured before revoking: only the grader answers the page, through this.
const post = self.postMessage.bind(self);
const listen = self.addEventListener.bind(self);
revokeCapabilities(self);
revokeNavigator(self);
// Hardened while the worker is a warm spare, so that pressing Run does not wait for it.
ensureLockdown();

const handle = createWorkerCore((message) => post(message));
listen('message', (event: MessageEvent) => handle(event.data));
