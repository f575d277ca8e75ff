/**
 * The page's side of the lab worker, environment-neutral (the page passes a
 * Web Worker factory and its timers; tests pass fakes). It sends operations
 * in batches, one batch in flight at a time, and owns a time budget per
 * batch: a worker that has not answered within it is terminated, and the
 * same deterministic run (same seed, same operations) is replayed in a fresh
 * worker with tracing on for the failing batch only, so the last request
 * announced before the budget runs out again is the one that never returned.
 */
import type { WorkerLike } from '@/lib/grader/orchestrate';
import { DEFAULT_WARMUP_MS } from './lab-model';
import type { LabExerciseId } from './lab-exercises';
import { stuckMessage } from './stuck-message';
import type { LabMetrics } from './types';
import { parseLabWorkerMessage, type LabOp, type LabRunSpec, type LabWorkerMessage, type TracedRequest } from './worker-protocol';

export const BATCH_BUDGET_MS = 1000;
/**
 * Simulated time per batch at most: a link that opens the lab minutes into a
 * run, or Run 10 s, goes out as several batches, each held to the budget
 * (about 500 requests each at the lab's traffic, a few ms for a sound balancer).
 */
export const MAX_BATCH_SPAN_MS = 5000;
/**
 * The start compiles the file and runs the lab's minute of warm-up traffic
 * (DEFAULT_WARMUP_MS) through it: a dozen batches' worth, so a dozen budgets.
 */
const startBudget = (budget: number) => budget * Math.ceil(DEFAULT_WARMUP_MS / MAX_BATCH_SPAN_MS);
/** Replaying everything before the failing batch can take longer than one batch: allow for it, but not forever. */
const CATCH_UP_BUDGET_MS = 30_000;

export interface LabHostOptions {
  spawn: () => WorkerLike;
  exercise: LabExerciseId;
  code: string;
  run: LabRunSpec;
  budgetMs?: number;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (timer: unknown) => void;
  now: () => number;
  onMetrics: (metrics: LabMetrics, workMs: number) => void;
  /** The run stopped: the learner's code threw, returned garbage, or took too long. */
  onFailure: (message: string, line?: number) => void;
}

type Phase = 'booting' | 'starting' | 'idle' | 'busy' | 'replaying' | 'stopped';

export class LearnerLabHost {
  private worker: WorkerLike | null = null;
  private phase: Phase = 'booting';
  private timer: unknown = null;
  /** Operations the worker has completed, in order: what a replay sends before the failing batch. */
  private readonly done: LabOp[] = [];
  private pending: LabOp[] = [];
  private inFlight: LabOp[] = [];
  private nextId = 1;
  private lastAdvance = 0;
  /** The clock the worker reaches once the batch in flight is done. */
  private sentTo = 0;
  private readonly budget: number;
  /** Wall-clock time each answered batch took, for the benchmark. */
  readonly batchTimes: number[] = [];
  private sentAt = 0;

  constructor(private readonly options: LabHostOptions) {
    this.budget = options.budgetMs ?? BATCH_BUDGET_MS;
    this.worker = this.boot((m) => this.onMessage(m));
  }

  /** Whether the worker is working on something (the driver waits before moving time on). */
  get busy(): boolean {
    return this.phase !== 'idle' || this.pending.length > 0;
  }

  get stopped(): boolean {
    return this.phase === 'stopped';
  }

  /** Queues operations; they go out at once if the worker is idle. */
  send(ops: LabOp[]): void {
    if (this.phase === 'stopped') return;
    this.pending.push(...ops);
    this.flush();
  }

  dispose(): void {
    this.stop();
  }

  private stop(): void {
    this.phase = 'stopped';
    this.clear();
    this.worker?.terminate();
    this.worker = null;
  }

  private boot(handle: (message: LabWorkerMessage) => void): WorkerLike {
    const worker = this.options.spawn();
    worker.onmessage = (event) => {
      const message = parseLabWorkerMessage(event.data);
      if (message) handle(message);
    };
    worker.onerror = () => {
      if (this.worker !== worker) return;
      this.stop();
      this.options.onFailure('The lab could not start its worker. Reload the page to try again.');
    };
    return worker;
  }

  private startMessage(trace: boolean) {
    return { type: 'lab:start', exercise: this.options.exercise, code: this.options.code, run: this.options.run, trace };
  }

  private arm(ms: number, onTimeout: () => void): void {
    this.clear();
    this.timer = this.options.setTimer(onTimeout, ms);
  }

  private clear(): void {
    if (this.timer !== null) this.options.clearTimer(this.timer);
    this.timer = null;
  }

  private flush(): void {
    if (this.phase !== 'idle' || this.pending.length === 0) return;
    this.inFlight = this.take();
    this.phase = 'busy';
    this.sentAt = this.options.now();
    this.worker!.postMessage({ type: 'lab:batch', id: this.nextId++, ops: this.inFlight, trace: false });
    this.arm(this.budget, () => this.replay(false));
  }

  /** The next batch: pending operations up to MAX_BATCH_SPAN_MS of simulated time, a longer advance split. */
  private take(): LabOp[] {
    const batch: LabOp[] = [];
    const limit = this.sentTo + MAX_BATCH_SPAN_MS;
    while (this.pending.length) {
      const op = this.pending[0];
      if (op.op === 'advance' && op.to > limit) {
        batch.push({ op: 'advance', to: limit });
        this.sentTo = limit;
        break;
      }
      this.pending.shift();
      batch.push(op);
      if (op.op === 'advance') this.sentTo = Math.max(this.sentTo, op.to);
    }
    return batch;
  }

  private onMessage(message: LabWorkerMessage): void {
    if (this.phase === 'stopped' || this.phase === 'replaying') return;
    if (message.type === 'lab:booted' && this.phase === 'booting') {
      this.phase = 'starting';
      this.worker!.postMessage(this.startMessage(false));
      this.arm(startBudget(this.budget), () => this.replay(true));
      return;
    }
    if (message.type === 'lab:error') {
      this.stop();
      this.options.onFailure(message.message, message.line);
      return;
    }
    if (message.type !== 'lab:metrics') return;
    this.clear();
    if (this.phase === 'busy') {
      this.batchTimes.push(this.options.now() - this.sentAt);
      this.commit(this.inFlight);
    }
    this.phase = 'idle';
    this.options.onMetrics(message.metrics, message.workMs);
    this.flush();
  }

  private commit(ops: LabOp[]): void {
    for (const op of ops) {
      this.done.push(op);
      if (op.op === 'advance') this.lastAdvance = op.to;
    }
    this.inFlight = [];
  }

  /**
   * The worker missed its budget: terminate it, replay up to the failing
   * batch in a fresh one, then run that batch traced. If the replay gets
   * through (it was only slow), the fresh worker carries on.
   */
  private replay(failedAtStart: boolean): void {
    this.clear();
    this.worker?.terminate();
    const failing = this.inFlight;
    const from = this.lastAdvance;
    let last: TracedRequest | null = null;
    let stage: 'booting' | 'starting' | 'catching-up' | 'traced' = 'booting';
    this.phase = 'replaying';
    const giveUp = () => {
      this.stop();
      this.options.onFailure(stuckMessage(failedAtStart ? startBudget(this.budget) : this.budget, last, from));
    };
    const worker = this.boot((m) => {
      if (this.worker !== worker || this.phase !== 'replaying') return;
      if (m.type === 'lab:trace') {
        last = m.request;
        return;
      }
      if (m.type === 'lab:error') {
        this.stop();
        this.options.onFailure(m.message, m.line);
        return;
      }
      if (m.type === 'lab:booted' && stage === 'booting') {
        stage = 'starting';
        worker.postMessage(this.startMessage(failedAtStart));
        this.arm(failedAtStart ? startBudget(this.budget) : CATCH_UP_BUDGET_MS, giveUp);
        return;
      }
      if (m.type !== 'lab:metrics') return;
      if (stage === 'starting' && !failedAtStart) {
        stage = 'catching-up';
        worker.postMessage({ type: 'lab:batch', id: this.nextId++, ops: this.done, trace: false });
        this.arm(CATCH_UP_BUDGET_MS, giveUp);
        return;
      }
      if (stage === 'catching-up') {
        stage = 'traced';
        worker.postMessage({ type: 'lab:batch', id: this.nextId++, ops: failing, trace: true });
        this.arm(this.budget, giveUp);
        return;
      }
      // The traced run finished within the budget: the first attempt was only slow. Carry on with this worker.
      this.clear();
      this.commit(failing);
      this.phase = 'idle';
      this.options.onMetrics(m.metrics, m.workMs);
      this.flush();
    });
    this.worker = worker;
  }
}
