/**
 * The CLI's grading worker: a child process running the same
 * lib/grader/worker-core.ts the browser worker runs. grade-worker.spawn.ts
 * bundles this file and starts it under Node's permission model with no
 * file-system, child-process or worker rights; inside, learner code runs in
 * SES compartments that cannot even see `process`. The only way out is the
 * IPC channel captured here, before any learner code is evaluated.
 */
import { ensureLockdown } from '../lib/grader/realm';
import { createWorkerCore } from '../lib/grader/worker-core';

const send = process.send?.bind(process);
if (!send) throw new Error('grade-worker must be started with an IPC channel (see grade-worker.spawn.ts)');

// Hardened before announcing itself, so no scenario's time budget pays for it.
ensureLockdown();
const handle = createWorkerCore((message) => send(message));
process.on('message', (data: unknown) => handle(data));
// If the host goes away, so does its worker.
process.on('disconnect', () => process.exit(0));
