/**
 * The host with real Node worker threads, the way `npm run grade` and the
 * page use it: an infinite loop ends as 'timeout' and the remaining
 * scenarios still run in a fresh worker; compile errors and modes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { spawnNodeWorker } from '../../scripts/grade-worker.spawn';
import { gradeSubmission, type GradeProgress, type WorkerLike } from './orchestrate';

const SOLUTION = readFileSync('content/exercises/round-robin/solution.ts', 'utf8');

describe('gradeSubmission', () => {
  it('times out a scenario stuck in a loop, then finishes the others in a new worker', async () => {
    // Only the 'single-server' scenario starts with a single server.
    const looping = SOLUTION.replace('ring = [...list].sort();', 'ring = [...list].sort();\n      if (list.length === 1) while (true) {}');
    expect(looping).not.toBe(SOLUTION);
    let spawned = 0;
    const events: GradeProgress[] = [];
    const outcome = await gradeSubmission(
      { exercise: 'round-robin', code: looping, seed: 5, mode: 'submit' },
      {
        spawnWorker: () => {
          spawned++;
          return spawnNodeWorker();
        },
        onProgress: (e) => events.push(e),
      },
    );
    expect(outcome.kind).toBe('graded');
    if (outcome.kind !== 'graded') return;
    const { scenarios } = outcome.report;
    const stuck = scenarios.find((s) => s.id === 'single-server')!;
    expect(stuck.status).toBe('timeout');
    expect(stuck.message).toMatch(/^time limit: your code ran longer than 2000 ms on this scenario/);
    expect(scenarios.filter((s) => s.id !== 'single-server').every((s) => s.status === 'passed')).toBe(true);
    const plan = events.find((e): e is Extract<GradeProgress, { type: 'plan' }> => e.type === 'plan')!;
    expect(scenarios.map((s) => s.id)).toEqual(plan.scenarios.map((s) => s.id));
    expect(outcome.report.passed).toBe(false);
    expect(spawned).toBe(2);
  }, 60_000);

  it('runs only the visible samples in run mode', async () => {
    const outcome = await gradeSubmission({ exercise: 'round-robin', code: SOLUTION, seed: 1, mode: 'run' }, { spawnWorker: spawnNodeWorker });
    expect(outcome.kind).toBe('graded');
    if (outcome.kind === 'graded') {
      expect(outcome.report.scenarios.length).toBeGreaterThanOrEqual(2);
      expect(outcome.report.scenarios.every((s) => !s.hidden && s.status === 'passed')).toBe(true);
    }
  }, 60_000);

  it('answers a syntax error or an import with a compile error, not a report', async () => {
    const syntax = await gradeSubmission({ exercise: 'round-robin', code: 'export function (', seed: 1, mode: 'submit' }, { spawnWorker: spawnNodeWorker });
    expect(syntax).toMatchObject({ kind: 'compile-error', error: { kind: 'syntax', line: 1 } });
    const imported = await gradeSubmission({ exercise: 'round-robin', code: 'import fs from "fs";', seed: 1, mode: 'submit' }, { spawnWorker: spawnNodeWorker });
    expect(imported).toMatchObject({ kind: 'compile-error', error: { kind: 'import', line: 1, column: 1 } });
  }, 60_000);

  it('reports a worker that sends nonsense as fatal, and stops on abort', async () => {
    const liar = (): WorkerLike => {
      const w: WorkerLike = {
        onmessage: null,
        postMessage: () => queueMicrotask(() => w.onmessage?.({ data: { type: 'grader:result', result: { id: 1 } } })),
        terminate: () => {},
      };
      return w;
    };
    const outcome = await gradeSubmission({ exercise: 'round-robin', code: SOLUTION, seed: 1, mode: 'run' }, { spawnWorker: liar });
    expect(outcome).toEqual({ kind: 'fatal', message: 'The grading worker sent a malformed message.' });

    const controller = new AbortController();
    let terminated = false;
    const silent = (): WorkerLike => ({ onmessage: null, postMessage: () => controller.abort(), terminate: () => (terminated = true) });
    const cancelled = await gradeSubmission({ exercise: 'round-robin', code: SOLUTION, seed: 1, mode: 'run' }, { spawnWorker: silent, signal: controller.signal });
    expect(cancelled).toEqual({ kind: 'cancelled' });
    expect(terminated).toBe(true);
  });
});
