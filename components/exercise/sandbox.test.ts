import { describe, expect, it } from 'vitest';
import { guardCodeFromStrings, revokeCapabilities, revokeNavigator } from './sandbox';

/** A stand-in for a worker global: capabilities on a prototype, like WorkerGlobalScope. */
function fakeScope() {
  const proto = {
    fetch: () => 'network',
    indexedDB: { open: () => 'db' },
    postMessage: () => 'posted',
  };
  const scope = Object.create(proto) as Record<string, unknown>;
  scope.navigator = Object.create({ sendBeacon: () => true, userAgent: 'x' });
  return { proto, scope };
}

describe('revokeCapabilities', () => {
  it('replaces capabilities found on the prototype chain with throwing stubs', () => {
    const { proto, scope } = fakeScope();
    const revoked = revokeCapabilities(scope, ['fetch', 'indexedDB', 'postMessage', 'WebSocket']);
    expect(revoked).toEqual(['fetch', 'indexedDB', 'postMessage']);
    expect(() => (scope.fetch as () => void)()).toThrow(/fetch is not available while your code is graded/);
    expect('fetch' in proto).toBe(false);
    expect(scope.WebSocket).toBeUndefined();
  });

  it('cannot be undone by learner code', () => {
    const { scope } = fakeScope();
    revokeCapabilities(scope, ['fetch']);
    expect(() => Object.defineProperty(scope, 'fetch', { value: () => 'back' })).toThrow(TypeError);
    expect(() => {
      'use strict';
      scope.fetch = () => 'back';
    }).toThrow(TypeError);
  });

  it('takes sendBeacon off the navigator but leaves harmless fields', () => {
    const { scope } = fakeScope();
    revokeNavigator(scope as { navigator: object });
    const nav = scope.navigator as Record<string, unknown>;
    expect(nav.sendBeacon).toBeUndefined();
    expect(nav.userAgent).toBe('x');
  });
});

describe('guardCodeFromStrings', () => {
  it('refuses imports in code built from strings and lets other code through', () => {
    // This locks the Function constructors of the test file's own realm (vitest isolates each file).
    const scope: Record<string, unknown> = { eval: (c: unknown) => `evaluated ${String(c)}`, setTimeout: (h: () => void) => h() };
    const asyncProto = Object.getPrototypeOf(async function () {});
    guardCodeFromStrings(scope, (code) => /\bimport\s*\(/.test(code));
    const GuardedFunction = scope.Function as FunctionConstructor;
    expect(new GuardedFunction('a', 'return a + 1')(1)).toBe(2);
    expect(() => new GuardedFunction("return import('/x')")).toThrow(/import\(\) is not available/);
    expect(() => (function () {}).constructor("return import('/x')")).toThrow(/import\(\) is not available/);
    expect(() => asyncProto.constructor("await import('/x')")).toThrow(/import\(\) is not available/);
    expect((scope.eval as (c: string) => string)('1 + 1')).toBe('evaluated 1 + 1');
    expect(() => (scope.eval as (c: string) => string)("import('/x')")).toThrow(/import\(\) is not available/);
    expect(() => (scope.setTimeout as (h: unknown) => void)("import('/x')")).toThrow(/import\(\) is not available/);
    let ran = false;
    (scope.setTimeout as (h: () => void) => void)(() => (ran = true));
    expect(ran).toBe(true);
  });
});
