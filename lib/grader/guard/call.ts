/**
 * Every call into learner code goes through callLearner: a throw becomes a
 * LearnerError that says which call, on what, and where in the learner's
 * file. Calls can also be recorded so that the benchmark can replay the
 * learner's work without the grader's checks.
 */
import { LearnerError, type LearnerExports } from '../scenario';
import { learnerLineOf } from '../learner-line';
import { describeError, describeValue } from './describe';
import { frozenCopy } from './freeze';

export interface RecordedCall {
  /** Index of the instance (the factory's result) in this recording. */
  instance: number;
  method: string;
  args: unknown[];
}

export interface CallRecording {
  factories: { exportName: string; args: unknown[] }[];
  calls: RecordedCall[];
}

let recording: CallRecording | null = null;
const instanceIndex = new WeakMap<object, number>();

/** Starts recording every factory and method call (the benchmark's replay). */
export function startRecording(): CallRecording {
  recording = { factories: [], calls: [] };
  return recording;
}

export function stopRecording(): void {
  recording = null;
}

function thrown(what: string, context: string, error: unknown): LearnerError {
  if (error instanceof LearnerError) return error;
  const line = learnerLineOf(error);
  const where = line === null ? '' : ` (your line ${line})`;
  return new LearnerError(`${what} threw ${describeError(error)}${where}${context ? ` on ${context}` : ''}.`);
}

/** The exported factory, checked to exist and be a function. */
export function getFactory(exports: LearnerExports, exportName: string): (...args: unknown[]) => unknown {
  const factory = exports[exportName];
  if (factory === undefined) {
    const found = Object.keys(exports).filter((k) => k !== '__esModule');
    throw new LearnerError(
      `Your file does not export ${exportName}. Write \`export function ${exportName}(...)\`${found.length ? ` (it exports ${found.join(', ')})` : ''}.`,
    );
  }
  if (typeof factory !== 'function') {
    throw new LearnerError(`The export ${exportName} must be a function, but it is ${describeValue(factory)}.`);
  }
  return factory as (...args: unknown[]) => unknown;
}

/** Calls the factory (with frozen copies of its arguments) and checks that it returned an object. */
export function createInstance(exports: LearnerExports, exportName: string, args: unknown[]): Record<string, unknown> {
  const factory = getFactory(exports, exportName);
  let instance: unknown;
  try {
    instance = factory(...args.map(frozenCopy));
  } catch (e) {
    throw thrown(`${exportName}()`, '', e);
  }
  if (typeof instance !== 'object' || instance === null) {
    throw new LearnerError(`${exportName}() must return an object with the methods of the contract, but it returned ${describeValue(instance)}.`);
  }
  if (recording) {
    instanceIndex.set(instance, recording.factories.length);
    recording.factories.push({ exportName, args });
  }
  return instance as Record<string, unknown>;
}

/**
 * Reads instance[method] once and checks that it is a function. The grader
 * calls the function it read, so a getter cannot swap methods between calls.
 */
export function requireMethod(instance: Record<string, unknown>, method: string, owner: string): (...args: unknown[]) => unknown {
  let value: unknown;
  try {
    value = instance[method];
  } catch (e) {
    throw thrown(`Reading ${method} of the object returned by ${owner}`, '', e);
  }
  if (typeof value !== 'function') {
    throw new LearnerError(`The object returned by ${owner} has no ${method}() method (found ${describeValue(value)}).`);
  }
  const fn = value as (...args: unknown[]) => unknown;
  methodCache.set(instance, { ...(methodCache.get(instance) ?? {}), [method]: fn });
  return fn;
}

/** The methods read by requireMethod, per instance. */
const methodCache = new WeakMap<object, Record<string, (...args: unknown[]) => unknown>>();

function methodOf(instance: Record<string, unknown>, method: string): (...args: unknown[]) => unknown {
  const cached = methodCache.get(instance)?.[method];
  return cached ?? requireMethod(instance, method, 'the factory');
}

export function isRecording(): boolean {
  return recording !== null;
}

/** Notes a call for the benchmark's replay, when recording. */
export function recordCall(instance: object, method: string, args: unknown[]): void {
  if (!recording) return;
  const index = instanceIndex.get(instance);
  if (index !== undefined) recording.calls.push({ instance: index, method, args });
}

/** The LearnerError for a throw out of `method`, on `context` ("request 12 (t=…)"). */
export function learnerThrew(method: string, context: string, error: unknown): LearnerError {
  return thrown(`${method}()`, context, error);
}

/**
 * Calls instance[method](...args). `context` is computed only on failure
 * ("request 12 (t=…, client …)"). Hot loops that cannot afford a closure per
 * call use recordCall and learnerThrew directly (see GuardedBalancer.route).
 */
export function callLearner(instance: Record<string, unknown>, method: string, args: unknown[], context: string | (() => string)): unknown {
  if (recording) recordCall(instance, method, args);
  try {
    return Reflect.apply(methodOf(instance, method), instance, args.map(frozenCopy));
  } catch (e) {
    throw thrown(`${method}()`, typeof context === 'string' ? context : context(), e);
  }
}
