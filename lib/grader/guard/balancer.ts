/**
 * The learner's Balancer behind guards: setServers/route/drain can only
 * fail as a LearnerError that names the request and what was expected.
 * Every balancer exercise drives learner code through this class.
 */
import { LearnerError, type LearnerExports } from '../scenario';
import { callLearner, createInstance, isRecording, learnerThrew, recordCall, requireMethod } from './call';
import { clip, describeRequest, describeValue } from './describe';
import { frozenRequest } from './freeze';
import type { DecisionData, IncomingRequestData, ServerId } from './types';

export class GuardedBalancer {
  private readonly instance: Record<string, unknown>;
  private readonly routeFn: (request: IncomingRequestData) => unknown;
  private current: ServerId[] = [];
  private currentSet = new Set<ServerId>();

  constructor(exports: LearnerExports, factoryArgs: unknown[] = [], options: { drain?: boolean } = {}) {
    this.instance = createInstance(exports, 'createBalancer', factoryArgs);
    requireMethod(this.instance, 'setServers', 'createBalancer()');
    this.routeFn = requireMethod(this.instance, 'route', 'createBalancer()') as (request: IncomingRequestData) => unknown;
    if (options.drain) requireMethod(this.instance, 'drain', 'createBalancer()');
  }

  /** The servers of the latest setServers call. */
  get servers(): readonly ServerId[] {
    return this.current;
  }

  has(server: ServerId): boolean {
    return this.currentSet.has(server);
  }

  setServers(servers: readonly ServerId[]): void {
    this.current = servers.slice();
    this.currentSet = new Set(this.current);
    // A frozen copy: the learner may keep it, but not change ours.
    const list = Object.freeze(this.current.slice());
    callLearner(this.instance, 'setServers', [list], () => `setServers([${this.current.join(', ')}])`);
  }

  drain(server: ServerId): void {
    callLearner(this.instance, 'drain', [server], () => `drain("${server}")`);
  }

  /**
   * Routes one request; `index` is its 0-based position in the scenario.
   * The learner gets a frozen copy of the request, and its decision is read
   * exactly once into plain data (a getter or Proxy trap runs once, inside
   * the learner's blame); the grader only ever looks at that copy.
   */
  route(request: IncomingRequestData, index: number): DecisionData {
    // The hot path of every balancer suite: no closure per call.
    if (isRecording()) recordCall(this.instance, 'route', [request]);
    let decision: unknown;
    let server: unknown;
    let setCookies: unknown;
    let isObject = false;
    try {
      decision = Reflect.apply(this.routeFn, this.instance, [frozenRequest(request)]);
      isObject = typeof decision === 'object' && decision !== null && !Array.isArray(decision);
      if (isObject) {
        server = (decision as Record<string, unknown>).server;
        setCookies = (decision as Record<string, unknown>).setCookies;
        if (setCookies !== undefined && typeof setCookies === 'object' && setCookies !== null && !Array.isArray(setCookies)) setCookies = readCookies(setCookies);
      }
    } catch (e) {
      throw learnerThrew('route', describeRequest(index, request), e);
    }
    if (isObject && typeof server === 'string' && setCookies === undefined && this.currentSet.has(server)) return { server };
    return this.validate(isObject, decision, server, setCookies, request, index);
  }

  private validate(isObject: boolean, decision: unknown, server: unknown, setCookies: unknown, request: IncomingRequestData, index: number): DecisionData {
    if (!isObject) {
      throw new LearnerError(`route() must return a Decision object { server, setCookies? }, but returned ${describeValue(decision)} on ${describeRequest(index, request)}.`);
    }
    if (typeof server !== 'string') {
      throw new LearnerError(`route() returned a decision whose server is ${describeValue(server)}, not a server id string, on ${describeRequest(index, request)}.`);
    }
    if (!this.currentSet.has(server)) {
      throw new LearnerError(
        `route() sent ${describeRequest(index, request)} to "${clip(server, 40)}", which is not one of the servers of the latest setServers call (${this.current.join(', ')}).`,
      );
    }
    if (setCookies === undefined) return { server };
    if (!(setCookies instanceof CookieCopy)) {
      throw new LearnerError(`setCookies must be an object of cookie name -> string value, but route() returned ${describeValue(setCookies)} on ${describeRequest(index, request)}.`);
    }
    const cookies: Record<string, string> = {};
    for (const [name, value] of setCookies.entries) {
      if (typeof value !== 'string') {
        throw new LearnerError(`setCookies["${clip(name, 30)}"] must be a string, but route() set ${describeValue(value)} on ${describeRequest(index, request)}.`);
      }
      Object.defineProperty(cookies, name, { value, enumerable: true, writable: true, configurable: true });
    }
    return { server, setCookies: cookies };
  }
}

/** The learner's setCookies, read once: its own enumerable names and their values. */
class CookieCopy {
  constructor(readonly entries: [string, unknown][]) {}
}

function readCookies(setCookies: object): CookieCopy {
  const entries: [string, unknown][] = [];
  for (const name of Object.keys(setCookies)) entries.push([name, (setCookies as Record<string, unknown>)[name]]);
  return new CookieCopy(entries);
}
