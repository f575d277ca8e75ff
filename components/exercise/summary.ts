/**
 * The words of a grading run: the summary line, what the live region
 * announces, and the plain-words status of a scenario.
 */
import type { GradeOutcome } from '@/lib/grader/orchestrate';
import type { ScenarioResult, ScenarioStatus } from '@/lib/grader/types';

export const STATUS_LABEL: Record<ScenarioStatus, string> = {
  passed: 'Passed',
  failed: 'Failed',
  error: 'Error',
  timeout: 'Time limit',
};

export function passedCount(scenarios: readonly ScenarioResult[]): number {
  return scenarios.filter((s) => s.status === 'passed').length;
}

export function summaryLine(scenarios: readonly ScenarioResult[]): string {
  const total = scenarios.length;
  const passed = passedCount(scenarios);
  if (total === 0) return 'No scenarios ran.';
  if (passed === total) return total === 1 ? 'The scenario passed.' : `All ${total} scenarios passed.`;
  return `${passed} of ${total} scenarios passed.`;
}

/** One sentence for screen readers when a run ends. */
export function announcement(outcome: GradeOutcome, mode: 'run' | 'submit'): string {
  const what = mode === 'run' ? 'Run (sample scenarios)' : 'Submit (full suite)';
  switch (outcome.kind) {
    case 'graded': {
      const first = outcome.report.scenarios.find((s) => s.status !== 'passed');
      const tail = first ? ` First problem: ${first.title}, ${STATUS_LABEL[first.status].toLowerCase()}.` : '';
      return `${what} finished. ${summaryLine(outcome.report.scenarios)}${tail}`;
    }
    case 'compile-error':
      return `${what} stopped: ${outcome.error.kind === 'export' ? 'nothing to grade' : 'your code does not compile'}. ${outcome.error.message}`;
    case 'fatal':
      return `${what} could not finish: ${outcome.message}`;
    case 'cancelled':
      return `${what} stopped.`;
  }
}

/** A fresh 32-bit seed for a run; replaying uses the seed shown with the results. */
export function freshSeed(random: () => number = Math.random): number {
  return Math.floor(random() * 0x1_0000_0000) >>> 0;
}
