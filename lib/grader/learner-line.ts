/**
 * Where in the learner's file an error came from. Under lockdown every
 * `error.stack` reads as empty (so learner code cannot see the grader's
 * frames); the grader, in the start compartment, reads the frames through
 * SES's `getStackString` instead. This module does not import SES, so code
 * that only describes errors (the guards) stays light.
 */

/** Shown in stack frames so that line numbers point into the learner's file. */
export const LEARNER_FILE = 'learner.ts';

/** Lines the module wrapper (lib/grader/realm.ts) puts before the learner's first line. */
export const WRAPPER_LINES = 1;

const FRAME = new RegExp(`${LEARNER_FILE.replace('.', '\\.')}:(\\d+):\\d+`);

/** The stack text of an error as the grader may see it: all frames, or '' when there are none to see. */
export function stackOf(error: unknown): string {
  try {
    if (typeof error !== 'object' || error === null) return '';
    const privileged = (globalThis as { getStackString?: (e: object) => string }).getStackString;
    if (typeof privileged === 'function') return String(privileged(error));
    const own = Object.getOwnPropertyDescriptor(error, 'stack');
    return own && typeof own.value === 'string' ? own.value : '';
  } catch {
    return '';
  }
}

/** The learner's line for the innermost frame of the learner's file in an error's stack, if any. */
export function learnerLineOf(error: unknown): number | null {
  const match = stackOf(error).match(FRAME);
  if (!match) return null;
  const line = Number(match[1]) - WRAPPER_LINES;
  return line >= 1 ? line : null;
}

/** Whether any frame of the error's stack is in the learner's file. */
export function raisedInLearnerCode(error: unknown): boolean {
  return FRAME.test(stackOf(error));
}
