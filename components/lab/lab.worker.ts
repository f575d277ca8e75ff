/**
 * The Web Worker that runs the learner's balancer in the traffic lab. It is
 * built like the grading worker (components/exercise/grader.worker.ts): the
 * same capabilities revoked before any learner code runs, the same lockdown,
 * and the learner's module evaluated in its own SES compartment by
 * lib/grader's compile and evaluate. Only the message handler differs: a
 * LabModel (lib/lab/worker-core.ts) instead of the grading suite.
 */
import { ensureLockdown } from '@/lib/grader/realm';
import { createLabWorkerCore } from '@/lib/lab/worker-core';
import { revokeCapabilities, revokeNavigator } from '@/components/exercise/sandbox';

/** The parts of DedicatedWorkerGlobalScope used here (the project's types are the DOM's). */
interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  navigator?: object;
}
declare const self: WorkerScope;

// Captured before revoking: only the lab answers the page, through this.
const post = self.postMessage.bind(self);
const listen = self.addEventListener.bind(self);
const now = performance.now.bind(performance);
revokeCapabilities(self);
revokeNavigator(self);
ensureLockdown();

const handle = createLabWorkerCore((message) => post(message), now);
listen('message', (event: MessageEvent) => handle(event.data));
