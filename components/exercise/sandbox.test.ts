import { describe, expect, it } from 'vitest';
import { revokeCapabilities, revokeNavigator } from './sandbox';

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
