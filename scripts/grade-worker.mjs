// The Node worker_threads entry of the grader: it loads the same
// lib/grader/worker-core.ts the browser worker runs, through tsx's loader,
// so `npm run grade` works on a fresh clone with no build step.
import { parentPort } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { createWorkerCore } = await tsImport('../lib/grader/worker-core.ts', import.meta.url);
const handle = createWorkerCore((message) => parentPort.postMessage(message));
parentPort.on('message', handle);
