/**
 * The page's side of the cart lab worker. One command at a time, each under
 * a time budget the page owns: when the learner's code does not answer in
 * time (an infinite loop), the worker is terminated and the answer names the
 * request it was stuck on. The page itself never waits on learner code.
 */
import { formatTime } from '@/lib/grader/guard/describe';
import type { CartLabEvent, CartLabSnapshot } from '@/lib/cart-lab/cart-model';
import type { CartLabCommand, CartLabReply } from '@/lib/cart-lab/protocol';

export type CartLabAnswer =
  | { kind: 'state'; snapshot: CartLabSnapshot; events: CartLabEvent[] }
  | { kind: 'stopped'; message: string };

/** Per batch of requests: the reference handles a batch in well under a millisecond. */
export const BATCH_BUDGET_MS = 1000;
/** Starting a run compiles the file and runs its top-level code and factory on every server. */
export const START_BUDGET_MS = 4000;

function budgetFor(command: CartLabCommand): number {
  return command.type === 'start' ? START_BUDGET_MS : BATCH_BUDGET_MS;
}

function overrun(command: CartLabCommand, budget: number, at: { request: number; time: number } | null): string {
  const took = `Your code took longer than ${budget.toLocaleString('en')} ms`;
  if (command.type === 'start') return `${took} to load (its top-level code or createCartService), so the run was stopped.`;
  if (command.type === 'restart') return `${took} while ${command.server} restarted (createCartService), so the run was stopped.`;
  if (command.type === 'step' && at) return `${took} on request ${at.request.toLocaleString('en')} (t=${formatTime(at.time)}), so the run was stopped. Look for a loop that never ends in handle().`;
  return `${took}, so the run was stopped.`;
}

export class CartLabClient {
  private worker: Worker;
  private readonly ready: Promise<void>;
  private pending: ((reply: CartLabReply) => void) | null = null;
  private at: { request: number; time: number } | null = null;
  private timer: number | null = null;
  /** Set when the worker's script failed: every later command answers with it. */
  private failed: string | null = null;

  constructor() {
    this.worker = new Worker(new URL('./cart-lab.worker.ts', import.meta.url), { type: 'module', name: 'cart-lab' });
    let booted: () => void = () => {};
    this.ready = new Promise((resolve) => (booted = resolve));
    this.worker.onmessage = (event: MessageEvent) => {
      const reply = event.data as CartLabReply;
      if (reply.type === 'ready') booted();
      else if (reply.type === 'at') this.at = { request: reply.request, time: reply.time };
      else this.pending?.(reply);
    };
    this.worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      this.failed = `The lab's worker failed (${event.message || 'its script did not load'}).`;
      booted();
      this.pending?.({ type: 'fatal', message: this.failed });
    };
  }

  async send(command: CartLabCommand): Promise<CartLabAnswer> {
    // The budget starts once the worker has booted: loading its script is not the learner's time.
    await this.ready;
    if (this.failed !== null) return { kind: 'stopped', message: this.failed };
    const budget = budgetFor(command);
    this.at = null;
    return new Promise((resolve) => {
      this.timer = window.setTimeout(() => {
        this.timer = null;
        this.pending = null;
        this.worker.terminate();
        resolve({ kind: 'stopped', message: overrun(command, budget, this.at) });
      }, budget);
      this.pending = (reply) => {
        if (this.timer !== null) window.clearTimeout(this.timer);
        this.timer = null;
        this.pending = null;
        if (reply.type === 'state') resolve({ kind: 'state', snapshot: reply.snapshot, events: reply.events });
        else if (reply.type === 'stopped') resolve({ kind: 'stopped', message: reply.message });
        else if (reply.type === 'fatal') resolve({ kind: 'stopped', message: reply.message });
      };
      this.worker.postMessage(command);
    });
  }

  /** Ends the worker; a command in flight never answers (its run is over). */
  dispose(): void {
    if (this.timer !== null) window.clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
    this.worker.terminate();
  }
}
