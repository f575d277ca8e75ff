/**
 * The only globals learner code gets beyond the frozen JavaScript built-ins:
 * a Math whose random() is seeded, a seeded crypto.getRandomValues and
 * randomUUID, a Date whose "now" is a stable, advancing fiction, and a
 * console that swallows output. Every module evaluation gets its own set,
 * built from its own seed, so two replicas never share one mutable object
 * and a seed replays a run exactly (Math.random and crypto included).
 */
import { createRng, type Rng } from '../sim/random';

/** 2026-01-01T00:00:00Z: what `Date.now()` starts from in learner code. */
export const LEARNER_EPOCH_MS = Date.UTC(2026, 0, 1);

const CONSOLE_METHODS = [
  'log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'dirxml', 'table', 'group', 'groupCollapsed',
  'groupEnd', 'time', 'timeEnd', 'timeLog', 'count', 'countReset', 'assert', 'clear',
] as const;

const noop = () => undefined;

/** One console for every module: it holds no state, so sharing it frozen is safe. */
const SILENT_CONSOLE: Console = Object.freeze(Object.fromEntries(CONSOLE_METHODS.map((name) => [name, noop]))) as unknown as Console;

/**
 * Math's functions and constants without random, frozen, shared by every
 * seeded Math as its prototype. Building a 40-property object per module
 * evaluation cost more than evaluating a small module; sharing this one is
 * safe because it is frozen and holds only frozen intrinsics and numbers, so
 * no module can change what another one sees through it.
 */
let mathBase: object | null = null;

function sharedMathBase(): object {
  if (mathBase === null) {
    const { random: _random, ...rest } = Object.getOwnPropertyDescriptors(Math);
    mathBase = Object.freeze(Object.create(Object.prototype, rest) as object);
  }
  return mathBase as object;
}

function seededMath(next: () => number): Math {
  const math = Object.create(sharedMathBase()) as Math;
  Object.defineProperty(math, 'random', { value: function random() { return next(); }, enumerable: false });
  return Object.freeze(math);
}

function fillRandom(next: () => number, array: unknown): unknown {
  if (!ArrayBuffer.isView(array) || array instanceof DataView || array instanceof Float32Array || array instanceof Float64Array) {
    throw new TypeError('crypto.getRandomValues() needs an integer typed array (Uint8Array, Uint32Array, ...)');
  }
  if (array.byteLength > 65536) throw new RangeError('crypto.getRandomValues() fills at most 65536 bytes at a time');
  const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(next() * 256);
  return array;
}

function randomUUID(next: () => number): string {
  const b = new Uint8Array(16);
  fillRandom(next, b);
  b[6] = (b[6] & 0x0f) | 0x40; // version 4 (RFC 9562 §5.4)
  b[8] = (b[8] & 0x3f) | 0x80; // variant 10
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A Date constructor for learner code. `Date.now()` and `new Date()` read a
 * clock that starts at LEARNER_EPOCH_MS and moves 1 ms per reading, so it is
 * the same on every replay and two replicas fed the same calls agree; dates
 * built from explicit values behave as usual.
 */
function stableDate(): DateConstructor {
  const RealDate = Date;
  let readings = 0;
  const now = () => LEARNER_EPOCH_MS + readings++;
  const LearnerDate = function Date(this: unknown, ...args: unknown[]) {
    if (new.target === undefined) return new RealDate(now()).toString();
    return Reflect.construct(RealDate, args.length === 0 ? [now()] : args, new.target);
  } as unknown as DateConstructor;
  Object.defineProperties(LearnerDate, {
    prototype: { value: RealDate.prototype },
    now: { value: function now_() { return now(); }, enumerable: false },
    parse: { value: RealDate.parse, enumerable: false },
    UTC: { value: RealDate.UTC, enumerable: false },
  });
  Object.defineProperty(LearnerDate.now, 'name', { value: 'now' });
  return Object.freeze(LearnerDate);
}

export interface Endowments {
  Math: Math;
  Date: DateConstructor;
  crypto: Pick<Crypto, 'getRandomValues' | 'randomUUID'>;
  console: Console;
}

/** A fresh set of endowments for one module evaluation, every random source drawn from `seed`. */
export function createEndowments(seed: number): Endowments {
  // Each stream is seeded on its first draw: most modules never touch crypto
  // (or even Math.random), and the draws are the same whenever it happens.
  let mathRng: Rng | null = null;
  let cryptoRng: Rng | null = null;
  const nextMath = () => (mathRng ??= createRng(seed)).next();
  const nextCrypto = () => (cryptoRng ??= createRng((seed ^ 0x5bd1e995) >>> 0)).next();
  const crypto = Object.freeze({
    getRandomValues: function getRandomValues<T extends ArrayBufferView | null>(array: T): T {
      return fillRandom(nextCrypto, array) as T;
    },
    randomUUID: function randomUUID_(): `${string}-${string}-${string}-${string}-${string}` {
      return randomUUID(nextCrypto) as `${string}-${string}-${string}-${string}-${string}`;
    },
  });
  return { Math: seededMath(nextMath), Date: stableDate(), crypto, console: SILENT_CONSOLE };
}
