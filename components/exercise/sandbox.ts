/**
 * Takes the network, storage and page-messaging capabilities away from the
 * grading worker's global scope before any learner code runs there. The
 * worker needs none of them: it only computes and answers its host through
 * a postMessage captured beforehand. See README.md, "What the sandbox
 * isolates", for what this does and does not stop.
 */

/** Globals a worker could use to reach the network, storage or other contexts. */
export const REVOKED_GLOBALS = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'WebSocketStream',
  'WebTransport',
  'EventSource',
  'importScripts',
  'indexedDB',
  'caches',
  'cookieStore',
  'BroadcastChannel',
  'Worker',
  'SharedWorker',
  'MessageChannel',
  'Request',
  'FileReaderSync',
  'storage',
  'postMessage',
] as const;

function revokedStub(name: string) {
  return function revoked(): never {
    throw new Error(`${name} is not available while your code is graded: it runs with no network, storage or page access.`);
  };
}

/**
 * Replaces every revoked name on the scope and on each object of its
 * prototype chain (worker globals such as fetch live on
 * WorkerGlobalScope.prototype, so deleting the own property is not enough).
 * The stubs are non-configurable and read-only, so learner code cannot put
 * the originals back. Returns the names it found and revoked.
 */
export function revokeCapabilities(scope: object, names: readonly string[] = REVOKED_GLOBALS): string[] {
  const revoked: string[] = [];
  for (const name of names) {
    let found = false;
    for (let o: object | null = scope; o && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
      const descriptor = Object.getOwnPropertyDescriptor(o, name);
      if (!descriptor) continue;
      found = true;
      if (o !== scope && descriptor.configurable) delete (o as Record<string, unknown>)[name];
    }
    if (!found) continue;
    try {
      Object.defineProperty(scope, name, { value: revokedStub(name), writable: false, configurable: false, enumerable: false });
      revoked.push(name);
    } catch {
      // A non-configurable own global (none in today's browsers): leave it rather than fail grading.
    }
  }
  return revoked;
}

/** The navigator properties that reach beyond the worker (sendBeacon is window-only, but be sure). */
export function revokeNavigator(scope: { navigator?: object }): void {
  const nav = scope.navigator;
  if (!nav) return;
  for (const name of ['sendBeacon', 'storage', 'locks', 'serviceWorker', 'permissions']) {
    for (let o: object | null = nav; o && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
      const descriptor = Object.getOwnPropertyDescriptor(o, name);
      if (descriptor?.configurable) delete (o as Record<string, unknown>)[name];
    }
  }
}

const CODE_FROM_STRINGS =
  'import() is not available while your code is graded: code built from strings (Function, eval, string timers) may not load modules.';

/**
 * Code built from strings at run time (the Function constructors, eval, string
 * timers) is the one way left to reach `import()`, which would fetch a module
 * from the network; the compiler only sees the learner's source. Every such
 * path is wrapped so that code containing an import is refused; everything
 * else (the grader's own `new Function` included) works as before.
 */
export function guardCodeFromStrings(scope: Record<string, unknown>, hasImport: (code: string) => boolean): void {
  const check = (parts: readonly unknown[]) => {
    if (parts.some((p) => typeof p === 'string' && hasImport(p))) throw new Error(CODE_FROM_STRINGS);
  };
  const guardConstructor = (Real: new (...args: string[]) => unknown) => {
    const Guarded = function (...args: string[]) {
      check(args);
      return Reflect.construct(Real, args);
    };
    Object.defineProperty(Guarded, 'prototype', { value: Real.prototype });
    Object.defineProperty(Real.prototype, 'constructor', { value: Guarded, writable: false, configurable: false });
    return Guarded;
  };
  const lock = (name: string, value: unknown) =>
    Object.defineProperty(scope, name, { value, writable: false, configurable: false, enumerable: false });

  lock('Function', guardConstructor(Function as unknown as new (...args: string[]) => unknown));
  // Not globals, but reachable as (async () => {}).constructor and the like.
  for (const sample of [async function () {}, function* () {}, async function* () {}]) {
    guardConstructor(Object.getPrototypeOf(sample).constructor);
  }
  const realEval = scope.eval as (code: unknown) => unknown;
  lock('eval', (code: unknown) => {
    check([code]);
    return realEval(code);
  });
  for (const timer of ['setTimeout', 'setInterval'] as const) {
    const real = scope[timer] as ((handler: unknown, ...rest: unknown[]) => unknown) | undefined;
    if (typeof real !== 'function') continue;
    lock(timer, (handler: unknown, ...rest: unknown[]) => {
      if (typeof handler !== 'function') throw new Error(CODE_FROM_STRINGS);
      return real.call(scope, handler, ...rest);
    });
  }
}
