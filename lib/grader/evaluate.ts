/**
 * Evaluates compiled learner JavaScript as a fresh CommonJS module. Every call
 * builds new `exports`/`module` objects and runs the module body again, so
 * module-level variables never carry state from one scenario to the next.
 */
import { createRng } from '../sim/random';
import { LearnerError, type LearnerExports } from './scenario';
import { describeError } from './guard/describe';

/** Shown in stack traces so that line numbers point into the learner's file. */
export const LEARNER_FILE = 'learner.ts';

/**
 * `new Function` puts two lines of its own before the body; the learner's
 * line numbers in a stack are shifted by this much.
 */
const WRAPPER_LINES = 2;

function refuseRequire(): never {
  throw new LearnerError('require() is not available: the exercise is one file with no imports.');
}

/**
 * A Math whose random() is seeded: a learner who draws session ids with
 * Math.random still gets the same results for the same seed, so a failing
 * run can be replayed exactly.
 */
function seededMath(seed: number): Math {
  const rng = createRng(seed);
  const math = Object.create(Math) as Math;
  Object.defineProperty(math, 'random', { value: () => rng.next(), enumerable: false });
  return math;
}

export function evaluateModule(js: string, randomSeed: number): LearnerExports {
  let factory: (...args: unknown[]) => void;
  try {
    factory = new Function('exports', 'module', 'require', 'Math', `${js}\n//# sourceURL=${LEARNER_FILE}`) as typeof factory;
  } catch (e) {
    // The compiler accepted it, so this is a construct sucrase passes through unchecked.
    throw new LearnerError(`Your file could not be loaded: ${describeError(e)}`);
  }
  const module = { exports: {} as LearnerExports };
  try {
    factory.call(undefined, module.exports, module, refuseRequire, seededMath(randomSeed));
  } catch (e) {
    if (e instanceof LearnerError) throw e;
    throw new LearnerError(`Your file threw while loading (top-level code): ${describeError(e)}`);
  }
  return module.exports;
}

/** The learner's line for a frame of the learner's file in an error stack, if any. */
export function learnerLineOf(error: unknown): number | null {
  const stack = error instanceof Error ? String(error.stack ?? '') : '';
  const match = stack.match(new RegExp(`${LEARNER_FILE.replace('.', '\\.')}:(\\d+):\\d+`));
  if (!match) return null;
  const line = Number(match[1]) - WRAPPER_LINES;
  return line >= 1 ? line : null;
}
