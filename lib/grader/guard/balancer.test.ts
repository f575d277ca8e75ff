import { describe, expect, it } from 'vitest';
import { compileLearnerCode } from '../compile';
import { evaluateModule } from '../evaluate';
import { LearnerError } from '../scenario';
import { GuardedBalancer } from './balancer';

function balancer(source: string): GuardedBalancer {
  const result = compileLearnerCode(source);
  if (!result.ok) throw new Error(result.message);
  return new GuardedBalancer(evaluateModule(result.js, 1));
}

const REQUEST = { time: 1500, clientIp: '198.51.100.7', cookies: { lb: 'abc' } };

function routeError(route: string): string {
  const b = balancer(`export function createBalancer() { let s: string[] = []; return { setServers(l: readonly string[]) { s = [...l]; }, route(r: any) { ${route} } }; }`);
  b.setServers(['app-1', 'app-2']);
  try {
    b.route(REQUEST, 11);
  } catch (e) {
    expect(e).toBeInstanceOf(LearnerError);
    return (e as Error).message;
  }
  throw new Error('route() was expected to fail');
}

describe('GuardedBalancer', () => {
  it('passes a valid decision through', () => {
    const b = balancer('export function createBalancer() { return { setServers() {}, route() { return { server: "app-2", setCookies: { lb: "x" } }; } }; }');
    b.setServers(['app-1', 'app-2']);
    expect(b.route(REQUEST, 0)).toEqual({ server: 'app-2', setCookies: { lb: 'x' } });
  });

  it('names the request, the time, the client and its cookies when route() throws', () => {
    const message = routeError('throw new Error("boom");');
    expect(message).toContain('route() threw Error: boom');
    expect(message).toContain('request 12 (t=1.500 s, client 198.51.100.7, cookies lb=abc)');
  });

  it.each([
    ['undefined', 'return undefined;', /must return a Decision object/],
    ['a string', 'return "app-1";', /must return a Decision object .* returned "app-1"/],
    ['an array', 'return ["app-1"];', /must return a Decision object/],
    ['a server that is not a string', 'return { server: 1 };', /server is 1, not a server id string/],
    ['a server outside the set', 'return { server: "app-9" };', /to "app-9", which is not one of the servers of the latest setServers call \(app-1, app-2\)/],
    ['a cookie that is not a string', 'return { server: "app-1", setCookies: { lb: 5 } };', /setCookies\["lb"\] must be a string/],
    ['setCookies that is not an object', 'return { server: "app-1", setCookies: "lb=1" };', /setCookies must be an object/],
  ])('refuses %s', (_what, route, pattern) => {
    expect(routeError(route)).toMatch(pattern);
  });

  it('refuses a missing export, a non-function export and a factory without methods', () => {
    expect(() => balancer('export const x = 1;')).toThrow(/does not export createBalancer.*\(it exports x\)/);
    expect(() => balancer('export const createBalancer = 3;')).toThrow(/must be a function, but it is 3/);
    expect(() => balancer('export function createBalancer() { return 5; }')).toThrow(/must return an object .* returned 5/);
    expect(() => balancer('export function createBalancer() { return { setServers() {} }; }')).toThrow(/has no route\(\) method/);
  });

  it('gives the learner a frozen copy of the server list', () => {
    const b = balancer('export function createBalancer() { let s: any; return { setServers(l: any) { s = l; s.push?.("x"); }, route() { return { server: s[0] }; } }; }');
    expect(() => b.setServers(['app-1'])).toThrow(/setServers\(\) threw TypeError/);
  });
});
