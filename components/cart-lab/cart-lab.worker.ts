/**
 * The cart lab's Web Worker: the learner's CartService runs here, isolated
 * exactly as when grading (see components/exercise/README.md, "What the
 * sandbox isolates"): the same boot (components/exercise/sandboxed-worker.ts:
 * network, storage and messaging taken away, SES lockdown) and one
 * compartment per module copy (lib/grader/realm.ts via
 * lib/cart-lab/worker-core.ts).
 */
import { createCartLabCore } from '@/lib/cart-lab/worker-core';
import { bootSandboxedWorker } from '@/components/exercise/sandboxed-worker';

bootSandboxedWorker(createCartLabCore);
