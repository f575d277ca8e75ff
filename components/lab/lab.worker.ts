/**
 * The Web Worker that runs the learner's balancer in the traffic lab. It
 * boots like the grading worker (components/exercise/sandboxed-worker.ts:
 * the same capabilities revoked before any learner code runs, the same
 * lockdown), and the learner's module is evaluated in its own SES
 * compartment by lib/grader's compile and evaluate. Only the message handler
 * differs: a LabModel (lib/lab/worker-core.ts) instead of the grading suite.
 */
import { createLabWorkerCore } from '@/lib/lab/worker-core';
import { bootSandboxedWorker } from '@/components/exercise/sandboxed-worker';

// The handler times each batch; the clock is taken before anything is revoked.
const now = performance.now.bind(performance);
bootSandboxedWorker((post) => createLabWorkerCore(post, now));
