/**
 * The host counts results itself: a worker that says "done" early, reports
 * a scenario it never announced, reports one twice, or dies between or
 * during scenarios can never turn into a pass (and never into "0/0 passed").
 */
import { describe, expect, it } from 'vitest';
import { ENDED_EARLY, gradeSubmission, type WorkerLike } from './orchestrate';
import type { WorkerMessage } from './protocol';
import type { ScenarioInfo, ScenarioResult } from './types';

const PLAN: ScenarioInfo[] = [
  { id: 'one', title: 'One', hidden: false, budgetMs: 1000 },
  { id: 'two', title: 'Two', hidden: true, budgetMs: 1000 },
];

function passed(id: string): ScenarioResult {
  return { id, title: id, hidden: false, status: 'passed', message: 'ok', metrics: {}, durationMs: 1 };
}

/** A worker that answers the start message with a fixed script, then optionally dies. */
function scripted(messages: WorkerMessage[], die?: string): () => WorkerLike {
  return () => {
    const w: WorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage: () =>
        queueMicrotask(() => {
          for (const data of messages) w.onmessage?.({ data });
          if (die) w.onerror?.(new Error(die));
        }),
      terminate: () => {},
    };
    return w;
  };
}

const request = { exercise: 'round-robin' as const, code: '', seed: 1, mode: 'submit' as const };

describe('the host trusts only what it counted', () => {
  it('turns a "done" before any plan into a failed report, not 0/0 passed', async () => {
    const outcome = await gradeSubmission(request, { spawnWorker: scripted([{ type: 'grader:done' }]) });
    expect(outcome.kind).toBe('graded');
    if (outcome.kind !== 'graded') return;
    expect(outcome.report.passed).toBe(false);
    expect(outcome.report.scenarios).toHaveLength(1);
    expect(outcome.report.scenarios[0]).toMatchObject({ status: 'error', message: ENDED_EARLY });
  });

  it('counts planned scenarios without a result as not passed when "done" comes early', async () => {
    const outcome = await gradeSubmission(request, {
      spawnWorker: scripted([
        { type: 'grader:plan', scenarios: PLAN },
        { type: 'grader:scenario-start', id: 'one' },
        { type: 'grader:result', result: passed('one') },
        { type: 'grader:done' },
      ]),
    });
    if (outcome.kind !== 'graded') throw new Error(outcome.kind);
    expect(outcome.report.passed).toBe(false);
    expect(outcome.report.scenarios.map((s) => s.status)).toEqual(['passed', 'error']);
  });

  it('ignores results for scenarios that were not announced, and second results', async () => {
    const failed: ScenarioResult = { ...passed('one'), status: 'failed', message: 'wrong' };
    const outcome = await gradeSubmission(request, {
      spawnWorker: scripted([
        { type: 'grader:plan', scenarios: PLAN },
        { type: 'grader:result', result: passed('two') },
        { type: 'grader:scenario-start', id: 'one' },
        { type: 'grader:result', result: failed },
        { type: 'grader:result', result: passed('one') },
        { type: 'grader:done' },
      ]),
    });
    if (outcome.kind !== 'graded') throw new Error(outcome.kind);
    expect(outcome.report.scenarios.map((s) => s.status)).toEqual(['failed', 'error']);
  });

  it('reports a worker that dies mid-scenario as the learner\'s code ending the process, not a time limit', async () => {
    let spawned = 0;
    const dying = scripted([{ type: 'grader:plan', scenarios: PLAN }, { type: 'grader:scenario-start', id: 'one' }], 'exit code 0');
    const outcome = await gradeSubmission(request, {
      spawnWorker: () => {
        spawned++;
        return dying();
      },
    });
    if (outcome.kind !== 'graded') throw new Error(outcome.kind);
    expect(outcome.report.passed).toBe(false);
    for (const s of outcome.report.scenarios) {
      expect(s.status).toBe('error');
      expect(s.message).toMatch(/^Your code ended the grading process while this scenario ran \(exit code 0\)/);
    }
    expect(spawned).toBe(2);
  });
});
