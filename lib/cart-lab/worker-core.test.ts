import { describe, expect, it } from 'vitest';
import { readLearnerFile } from '@/lib/grader/kit/learner-files';
import type { CartLabReply } from './protocol';
import { createCartLabCore } from './worker-core';

function core() {
  const replies: CartLabReply[] = [];
  const handle = createCartLabCore((m) => replies.push(m));
  return { replies, handle };
}

const START = { type: 'start', seed: 5, servers: 3, shoppers: 20 } as const;

describe('cart lab worker core', () => {
  it('starts a run on the learner code, names each request before it runs, crashes and restarts servers', () => {
    const { replies, handle } = core();
    expect(replies).toEqual([{ type: 'ready' }]);
    handle({ ...START, code: readLearnerFile('session-store', 'solution.ts') });
    expect(replies.at(-1)).toMatchObject({ type: 'state', snapshot: { requests: 0 } });
    replies.length = 0;
    handle({ type: 'step', count: 3 });
    expect(replies.map((r) => r.type)).toEqual(['at', 'at', 'at', 'state']);
    expect(replies.slice(0, 3).map((r) => (r.type === 'at' ? r.request : 0))).toEqual([1, 2, 3]);
    handle({ type: 'crash', server: 'app-2' });
    expect(replies.at(-1)).toMatchObject({ type: 'state', events: [{ kind: 'crash' }] });
    handle({ type: 'restart', server: 'app-2' });
    expect(replies.at(-1)).toMatchObject({ type: 'state', events: [{ kind: 'restart' }] });
  });

  it('stops with the learner-facing message on a syntax error, a missing export and a throw while loading', () => {
    const { replies, handle } = core();
    handle({ ...START, code: 'export function createCartService(store: SessionStore {' });
    expect(replies.at(-1)).toMatchObject({ type: 'stopped', message: expect.stringContaining('Syntax error at line 1') });
    handle({ ...START, code: 'export function makeCarts() {}' });
    expect(replies.at(-1)).toMatchObject({ type: 'stopped', message: expect.stringContaining('does not export createCartService') });
    handle({ ...START, code: 'const x = 1;\nthrow new Error("boom at load");\nexport function createCartService() { return {}; }' });
    expect(replies.at(-1)).toMatchObject({ type: 'stopped', message: expect.stringContaining('boom at load') });
    handle({ type: 'step', count: 1 });
    expect(replies.at(-1)).toMatchObject({ type: 'fatal' });
  });

  it('refuses messages that are not commands', () => {
    const { replies, handle } = core();
    handle({ type: 'step', count: -1 });
    handle('hello');
    expect(replies.slice(1).map((r) => r.type)).toEqual(['fatal', 'fatal']);
  });
});
