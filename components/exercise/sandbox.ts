/**
 * Takes the network, storage and page-messaging capabilities away from the
 * grading worker's global scope before any learner code runs there. Learner
 * code cannot see this scope at all (it runs in SES compartments, see
 * lib/grader/realm.ts); this is the second wall, should a way out of a
 * compartment ever be found. The worker needs none of these capabilities: it
 * only computes and answers its host through a postMessage captured
 * beforehand. See README.md, "What the sandbox isolates".
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
