/**
 * Evaluates compiled learner JavaScript as a fresh CommonJS module in its own
 * SES compartment (lib/grader/realm.ts). Every call builds a new compartment,
 * new endowments from its own seed, new `exports`/`module` objects, and runs
 * the module body again: module-level variables and anything put on
 * globalThis never carry state from one scenario, or one replica, to the next.
 */
import { createEndowments } from './endowments';
import { LEARNER_FILE, learnerLineOf } from './learner-line';
import { ensureLockdown, evaluateInCompartment } from './realm';
import { LearnerError, type LearnerExports } from './scenario';
import { describeError } from './guard/describe';

export { LEARNER_FILE, learnerLineOf } from './learner-line';

function refuseRequire(): never {
  throw new TypeError('require() is not available: the exercise is one file with no imports.');
}

function where(error: unknown): string {
  const line = learnerLineOf(error);
  return line === null ? '' : ` (your line ${line})`;
}

/**
 * Runs the module and returns what it exported, read once into a plain
 * object: a getter on `module.exports` runs here, once, and never again
 * from grader code.
 */
export function evaluateModule(js: string, randomSeed: number): LearnerExports {
  let factory: (...args: unknown[]) => unknown;
  // Before the endowments are built: they share frozen intrinsics that lockdown must have hardened.
  ensureLockdown();
  try {
    factory = evaluateInCompartment({ ...createEndowments(randomSeed) }, js, ['exports', 'module', 'require'], LEARNER_FILE);
  } catch (e) {
    // The compiler accepted it, so this is a construct sucrase passes through unchecked.
    throw new LearnerError(`Your file could not be loaded: ${describeError(e)}`);
  }
  const module: { exports: unknown } = { exports: {} };
  try {
    factory(module.exports, module, refuseRequire);
  } catch (e) {
    throw new LearnerError(`Your file threw while loading (top-level code): ${describeError(e)}${where(e)}`);
  }
  return readExports(module);
}

function readExports(module: { exports: unknown }): LearnerExports {
  const plain: LearnerExports = {};
  try {
    const exported = module.exports;
    if ((typeof exported !== 'object' && typeof exported !== 'function') || exported === null) return plain;
    for (const key of Object.keys(exported)) {
      if (key === '__esModule') continue;
      Object.defineProperty(plain, key, { value: (exported as Record<string, unknown>)[key], enumerable: true });
    }
  } catch (e) {
    throw new LearnerError(`Reading your file's exports threw ${describeError(e)}${where(e)}`);
  }
  return plain;
}
