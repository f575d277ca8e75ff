import { describe, expect, it } from 'vitest';
import { LabModel } from './lab-model';
import { parseLabHostMessage, parseLabWorkerMessage } from './worker-protocol';

const run = { seed: 1, mix: 'uniform', servers: 5, script: [{ afterSeconds: 30, kind: 'kill', server: 'app-3' }] };

describe('lab worker protocol', () => {
  it('accepts well-formed messages both ways', () => {
    expect(parseLabHostMessage({ type: 'lab:start', exercise: 'draining', code: 'x', run, trace: false })).toEqual({ type: 'lab:start', exercise: 'draining', code: 'x', run, trace: false });
    const ops = [{ op: 'advance', to: 1000 }, { op: 'inject', kind: 'add' }, { op: 'inject', kind: 'kill', server: 'app-1' }];
    expect(parseLabHostMessage({ type: 'lab:batch', id: 3, ops, trace: true })).toEqual({ type: 'lab:batch', id: 3, ops, trace: true });
    const metrics = new LabModel({ seed: 1, strategy: 'cookie', mix: 'uniform', servers: 3, warmupMs: 5000 }).metrics();
    expect(parseLabWorkerMessage({ type: 'lab:metrics', id: 3, metrics, workMs: 1.5 })).toEqual({ type: 'lab:metrics', id: 3, metrics, workMs: 1.5 });
    const request = { index: 4, time: 61_000, clientIp: '10.0.0.1', cookies: { lb: 'a' } };
    expect(parseLabWorkerMessage({ type: 'lab:trace', request })).toEqual({ type: 'lab:trace', request });
  });

  it.each([
    ['a session-store exercise (no Balancer)', { type: 'lab:start', exercise: 'session-store', code: 'x', run, trace: false }],
    ['an unknown mix', { type: 'lab:start', exercise: 'draining', code: 'x', run: { ...run, mix: 'zipf' }, trace: false }],
    ['code that is not text', { type: 'lab:start', exercise: 'draining', code: 5, run, trace: false }],
    ['an unknown operation', { type: 'lab:batch', id: 1, ops: [{ op: 'explode' }], trace: false }],
    ['a negative time', { type: 'lab:batch', id: 1, ops: [{ op: 'advance', to: -1 }], trace: false }],
    ['a batch without an id', { type: 'lab:batch', ops: [], trace: false }],
  ])('refuses %s from the page', (_what, message) => {
    expect(parseLabHostMessage(message)).toBeNull();
  });

  it.each([
    ['metrics with a missing number', { type: 'lab:metrics', id: 1, metrics: { elapsedMs: 1 }, workMs: 1 }],
    ['a trace with cookies that are not text', { type: 'lab:trace', request: { index: 1, time: 1, clientIp: 'x', cookies: { a: 1 } } }],
    ['an error without a message', { type: 'lab:error', id: 1 }],
    ['an unknown type', { type: 'grader:done' }],
  ])('refuses %s from the worker', (_what, message) => {
    expect(parseLabWorkerMessage(message)).toBeNull();
  });
});
