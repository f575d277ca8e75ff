import { describe, expect, it } from 'vitest';
import type { ScenarioResult } from '@/lib/grader/types';
import { announcement, freshSeed, summaryLine } from './summary';

const result = (id: string, status: ScenarioResult['status']): ScenarioResult => ({
  id, title: `Scenario ${id}`, hidden: false, status, message: '', metrics: {}, durationMs: 1,
});

describe('summary words', () => {
  it('counts passed scenarios', () => {
    expect(summaryLine([result('a', 'passed'), result('b', 'timeout')])).toBe('1 of 2 scenarios passed.');
    expect(summaryLine([result('a', 'passed'), result('b', 'passed')])).toBe('All 2 scenarios passed.');
  });

  it('announces the first problem of a graded run', () => {
    const text = announcement(
      { kind: 'graded', report: { exercise: 'round-robin', seed: 1, mode: 'submit', passed: false, scenarios: [result('a', 'passed'), result('b', 'timeout')] } },
      'submit',
    );
    expect(text).toBe('Submit (full suite) finished. 1 of 2 scenarios passed. First problem: Scenario b, time limit.');
  });

  it('draws 32-bit seeds', () => {
    expect(freshSeed(() => 0.999999999)).toBeLessThan(2 ** 32);
    expect(freshSeed(() => 0)).toBe(0);
  });
});
