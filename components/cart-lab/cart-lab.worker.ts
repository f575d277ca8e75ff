/**
 * The cart lab's Web Worker: the learner's CartService runs here, isolated
 * exactly as when grading (see components/exercise/README.md, "What the
 * sandbox isolates"): SES lockdown and one compartment per module copy
 * (lib/grader/realm.ts via lib/cart-lab/worker-core.ts), and this scope's
 * network, storage and messaging taken away before any learner code runs.
 */
import { ensureLockdown } from '@/lib/grader/realm';
import { createCartLabCore } from '@/lib/cart-lab/worker-core';
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
revokeCapabilities(self);
revokeNavigator(self);
ensureLockdown();

const handle = createCartLabCore((message) => post(message));
listen('message', (event: MessageEvent) => handle(event.data));
