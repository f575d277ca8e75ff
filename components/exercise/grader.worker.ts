/**
 * The Web Worker that grades the learner's code in the browser. It runs the
 * same lib/grader code as `npm run grade`; this file only adapts messages
 * and, before any learner code can run, takes away the worker's network,
 * storage and messaging capabilities (see sandbox.ts and README.md).
 */
import { compileLearnerCode } from '@/lib/grader/compile';
import { createWorkerCore } from '@/lib/grader/worker-core';
import { guardCodeFromStrings, revokeCapabilities, revokeNavigator } from './sandbox';

/** The parts of DedicatedWorkerGlobalScope used here (the project's types are the DOM's). */
interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  navigator?: object;
}
declare const self: WorkerScope;

/**
 * Whether code built from a string would load a module. Parsed inside an
 * async function so that `return` and `await` are legal; what the parser
 * cannot read is checked by a conservative pattern instead.
 */
function hasImport(code: string): boolean {
  const result = compileLearnerCode(`(async function () {\n${code}\n});`);
  if (result.ok) return false;
  return result.kind === 'import' || /\bimport\s*[(.]/.test(code);
}

// Captured before revoking: learner code can no longer find postMessage on the
// scope, so it cannot talk to the page; only the grader answers through this.
const post = self.postMessage.bind(self);
const listen = self.addEventListener.bind(self);
revokeCapabilities(self);
revokeNavigator(self);
guardCodeFromStrings(self as unknown as Record<string, unknown>, hasImport);

const handle = createWorkerCore((message) => post(message));
listen('message', (event: MessageEvent) => handle(event.data));
