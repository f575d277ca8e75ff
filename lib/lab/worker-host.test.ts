import { describe, expect, it } from 'vitest';
import type { WorkerLike } from '@/lib/grader/orchestrate';
import { readLearnerFile } from '@/lib/grader/kit/learner-files';
import { LearnerLabHost } from './worker-host';
import { createLabWorkerCore } from './worker-core';
import type { LabMetrics } from './types';

/**
 * A worker run in-process. Learner code cannot really hang here, so a
 * "hang" is a throw of HANG that the fake swallows: the host then hears
 * nothing, exactly as from a worker stuck in a loop.
 */
const HANG = 'simulated-hang';

function fakeWorker(spawned: { count: number }): () => WorkerLike {
  return () => {
    spawned.count++;
    let alive = true;
    const worker: WorkerLike = { postMessage: (m) => queueMicrotask(() => alive && handle(m)), onmessage: null, onerror: null, terminate: () => (alive = false) };
    const handle = createLabWorkerCore((message) => {
      if (message.type === 'lab:error' && message.message.includes(HANG)) return;
      queueMicrotask(() => alive && worker.onmessage?.({ data: message }));
    }, () => 0);
    return worker;
  };
}

function harness(code: string) {
  const timers: { fn: () => void; due: boolean }[] = [];
  const spawned = { count: 0 };
  const seen: LabMetrics[] = [];
  const failures: string[] = [];
  const host = new LearnerLabHost({
    spawn: fakeWorker(spawned),
    exercise: 'round-robin',
    code,
    run: { seed: 5, mix: 'uniform', servers: 5, script: [] },
    setTimer: (fn) => {
      const t = { fn, due: true };
      timers.push(t);
      return t;
    },
    clearTimer: (t) => ((t as { due: boolean }).due = false),
    now: () => 0,
    onMetrics: (m) => seen.push(m),
    onFailure: (message) => failures.push(message),
  });
  const settle = () => new Promise((r) => setTimeout(r, 0));
  /** Lets the budget run out: fires every armed timer. */
  const expire = () => timers.filter((t) => t.due).forEach((t) => ((t.due = false), t.fn()));
  return { host, seen, failures, spawned, settle, expire };
}

describe('LearnerLabHost', () => {
  it('runs batches in order and reports the metrics', async () => {
    const h = harness(readLearnerFile('round-robin', 'solution.ts'));
    await h.settle();
    h.host.send([{ op: 'advance', to: 5000 }]);
    h.host.send([{ op: 'inject', kind: 'kill', server: 'app-2' }, { op: 'advance', to: 9000 }]);
    await h.settle();
    expect(h.failures).toEqual([]);
    expect(h.seen.at(-1)!.elapsedMs).toBe(9000);
    expect(h.seen.at(-1)!.servers.map((s) => s.id)).not.toContain('app-2');
    expect(h.host.busy).toBe(false);
  });

  it('splits a long advance into batches of at most five simulated seconds, each on its own budget', async () => {
    const h = harness(readLearnerFile('round-robin', 'solution.ts'));
    await h.settle();
    h.host.send([{ op: 'advance', to: 22_000 }, { op: 'inject', kind: 'add' }]);
    for (let i = 0; i < 10; i++) await h.settle();
    expect(h.seen.map((m) => m.elapsedMs)).toEqual([0, 5000, 10_000, 15_000, 20_000, 22_000]);
    expect(h.seen.at(-1)!.servers).toHaveLength(6);
    expect(h.host.busy).toBe(false);
  });

  it('names the request that never returned, found by replaying the run traced', async () => {
    const code = `let n = 0;
export function createBalancer() {
  let servers: string[] = [];
  return {
    setServers(list: readonly string[]) { servers = [...list]; },
    route(r: IncomingRequest) { n++; if (n === 7000) throw new Error('${HANG}'); return { server: servers[n % servers.length] }; },
  };
}`;
    const h = harness(code);
    await h.settle();
    h.host.send([{ op: 'advance', to: 2000 }]);
    await h.settle();
    expect(h.failures).toEqual([]);
    expect(h.seen.length).toBe(2);
    h.host.send([{ op: 'advance', to: 60_000 }]);
    await h.settle();
    // The worker went silent: the budget runs out, and a fresh worker replays up to the failing batch.
    h.expire();
    await h.settle();
    expect(h.spawned.count).toBe(2);
    expect(h.failures).toEqual([]);
    h.expire();
    await h.settle();
    expect(h.failures).toHaveLength(1);
    expect(h.failures[0]).toMatch(/^Your code took longer than 1000 ms on request 7000 \(t=\d+\.\d{3} s, client [^,]+, no cookies\), at 0:\d\d\.\d into the run/);
    expect(h.host.stopped).toBe(true);
  });

  it('reports a throw with the learner\'s line and stops the run', async () => {
    const code = 'export function createBalancer() {\n  return {\n    setServers() {},\n    route(r: IncomingRequest) {\n      if (r.time > 61000) throw new RangeError("no server");\n      return { server: "app-1" };\n    },\n  };\n}\n';
    const h = harness(code);
    await h.settle();
    h.host.send([{ op: 'advance', to: 5000 }]);
    await h.settle();
    expect(h.failures[0]).toMatch(/^At 0:0\d\.\d into the run: route\(\) threw RangeError: no server \(your line 5\) on request \d+/);
  });
});
