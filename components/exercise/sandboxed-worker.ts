/**
 * The boot sequence every worker that runs learner code shares (grading,
 * the traffic lab, the cart lab): capture the one channel back to the page,
 * take the scope's network, storage and messaging away (sandbox.ts), harden
 * the realm (lib/grader/realm.ts), then hand messages to the worker's own
 * handler. One place, so a new worker cannot forget a step or its order.
 */
import { ensureLockdown } from '@/lib/grader/realm';
import { revokeCapabilities, revokeNavigator } from './sandbox';

/** The parts of DedicatedWorkerGlobalScope used here (the project's types are the DOM's). */
interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  navigator?: object;
}

export function bootSandboxedWorker<Message>(createHandler: (post: (message: Message) => void) => (data: unknown) => void): void {
  const scope = self as unknown as WorkerScope;
  // Captured before revoking: only the handler answers the page, through this.
  const post = scope.postMessage.bind(scope);
  const listen = scope.addEventListener.bind(scope);
  revokeCapabilities(scope);
  revokeNavigator(scope);
  // Hardened while the worker is a warm spare, so a run does not wait for it.
  ensureLockdown();
  const handle = createHandler((message) => post(message));
  listen('message', (event: MessageEvent) => handle(event.data));
}
