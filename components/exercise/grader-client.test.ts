import { afterEach, describe, expect, it, vi } from 'vitest';
import { adaptWorker, GraderClient } from './grader-client';

/** Just enough of a Web Worker: records what the page posts and lets the test answer. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  posted: unknown[] = [];
  terminated = false;
  constructor(public url: URL, public options: WorkerOptions) {
    FakeWorker.made.push(this);
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.made = [];
});

describe('adaptWorker', () => {
  it('forwards messages both ways and turns worker errors into handled errors', () => {
    const fake = new FakeWorker(new URL('file:///w.js'), {});
    const like = adaptWorker(fake as unknown as Worker);
    const seen: unknown[] = [];
    const errors: string[] = [];
    like.onmessage = (event) => seen.push(event.data);
    like.onerror = (error) => errors.push((error as Error).message);
    like.postMessage({ type: 'grader:start' });
    fake.onmessage?.({ data: { type: 'grader:ready' } });
    const preventDefault = vi.fn();
    fake.onerror?.({ message: 'boom', preventDefault });
    like.terminate();
    expect(fake.posted).toEqual([{ type: 'grader:start' }]);
    expect(seen).toEqual([{ type: 'grader:ready' }]);
    expect(errors).toEqual(['boom']);
    expect(preventDefault).toHaveBeenCalled();
    expect(fake.terminated).toBe(true);
  });
});

describe('GraderClient', () => {
  it('grades in the worker it booted in advance, then boots the next one', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const client = new GraderClient();
    client.warm();
    client.warm();
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0].options).toMatchObject({ type: 'module' });

    const graded = client.grade({ exercise: 'round-robin', code: 'x', seed: 7, mode: 'run' }, () => {}, new AbortController().signal);
    const worker = FakeWorker.made[0];
    expect(worker.posted).toEqual([{ type: 'grader:start', exercise: 'round-robin', code: 'x', seed: 7, mode: 'run' }]);
    worker.onmessage?.({ data: { type: 'grader:plan', scenarios: [] } });
    worker.onmessage?.({ data: { type: 'grader:done' } });
    const outcome = await graded;
    expect(outcome).toEqual({ kind: 'graded', report: { exercise: 'round-robin', seed: 7, mode: 'run', passed: true, scenarios: [] } });
    expect(worker.terminated).toBe(true);
    expect(FakeWorker.made).toHaveLength(2);
    client.dispose();
    expect(FakeWorker.made[1].terminated).toBe(true);
  });
});
