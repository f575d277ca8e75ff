/**
 * The Web Worker that grades the learner's code in the browser. It runs the
 * same lib/grader code as `npm run grade`, learner modules included: each is
 * evaluated in its own SES compartment after lockdown (lib/grader/realm.ts),
 * where it sees only frozen built-ins and its endowments, never this
 * worker's global scope. As a second wall, the boot (sandboxed-worker.ts)
 * takes the worker's network, storage and messaging capabilities away before
 * any learner code runs (see sandbox.ts and README.md).
 */
import { createWorkerCore } from '@/lib/grader/worker-core';
import { bootSandboxedWorker } from './sandboxed-worker';

bootSandboxedWorker(createWorkerCore);
