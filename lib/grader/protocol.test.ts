import { describe, expect, it } from 'vitest';
import { parseHostMessage, parseWorkerMessage } from './protocol';
import { createWorkerCore } from './worker-core';
import type { WorkerMessage } from './protocol';

describe('protocol', () => {
  it('accepts a well-formed start and refuses anything else', () => {
    const start = { type: 'grader:start', exercise: 'round-robin', code: 'x', seed: 3, mode: 'run' };
    expect(parseHostMessage(start)).toEqual(start);
    expect(parseHostMessage({ ...start, scenarioIds: ['a'] })).toEqual({ ...start, scenarioIds: ['a'] });
    expect(parseHostMessage({ ...start, exercise: 'nope' })).toBeNull();
    expect(parseHostMessage({ ...start, seed: Number.NaN })).toBeNull();
    expect(parseHostMessage({ ...start, mode: 'all' })).toBeNull();
    expect(parseHostMessage({ ...start, scenarioIds: [1] })).toBeNull();
    expect(parseHostMessage('grader:start')).toBeNull();
  });

  it('checks worker messages field by field', () => {
    const result = { id: 'a', title: 'A', hidden: false, status: 'passed', message: 'ok', metrics: {}, durationMs: 3 };
    expect(parseWorkerMessage({ type: 'grader:result', result })).toEqual({ type: 'grader:result', result });
    expect(parseWorkerMessage({ type: 'grader:result', result: { ...result, status: 'great' } })).toBeNull();
    expect(parseWorkerMessage({ type: 'grader:plan', scenarios: [{ id: 'a', title: 'A', hidden: true, budgetMs: 10 }] })).not.toBeNull();
    expect(parseWorkerMessage({ type: 'grader:plan', scenarios: [{ id: 'a' }] })).toBeNull();
    expect(parseWorkerMessage({ type: 'grader:compile-error', kind: 'import', message: 'm', line: 2 })).toEqual({ type: 'grader:compile-error', kind: 'import', message: 'm', line: 2 });
    expect(parseWorkerMessage({ type: 'grader:other' })).toBeNull();
  });
});

describe('worker core', () => {
  it('announces itself, then answers a run with plan, scenario-start/result pairs and done', () => {
    const posted: WorkerMessage[] = [];
    const handle = createWorkerCore((m) => posted.push(m));
    const code = 'export function createBalancer(): Balancer { let s: string[] = []; let i = 0; return { setServers(l) { s = [...l].sort(); i = 0; }, route() { return { server: s[i++ % s.length] }; } }; }';
    handle({ type: 'grader:start', exercise: 'round-robin', code, seed: 1, mode: 'run' });
    const types = posted.map((m) => m.type);
    expect(types[0]).toBe('grader:ready');
    expect(types[1]).toBe('grader:plan');
    expect(types.at(-1)).toBe('grader:done');
    const plan = posted[1] as Extract<WorkerMessage, { type: 'grader:plan' }>;
    expect(types.filter((t) => t === 'grader:result')).toHaveLength(plan.scenarios.length);
    handle({ type: 'bogus' });
    expect(posted.at(-1)).toEqual({ type: 'grader:fatal', message: 'The grading worker received a message it does not understand.' });
  });
});
