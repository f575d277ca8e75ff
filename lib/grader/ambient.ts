/**
 * The ambient declarations of docs/exercises.md, as TypeScript text: handed to
 * Monaco (`addExtraLib`) so the learner's file type-checks without imports,
 * and shown in the docs. One text per exercise: the common part plus that
 * exercise's extras.
 */
import type { ExerciseId } from './types';

export const COMMON_AMBIENT = `type ServerId = string;

/** Named so that it does not merge with the DOM's fetch \`Request\`. */
interface IncomingRequest {
  /** Simulation clock in milliseconds. Never decreases between calls. */
  readonly time: number;
  /** Address the request came from. Many users can share one (NAT, proxies);
   *  one user's address can change (mobile). IPv4 or IPv6 text. */
  readonly clientIp: string;
  /** Cookies the client sent: those this balancer set for it earlier (the
   *  client keeps the latest value per name), or none, or forged ones. */
  readonly cookies: Readonly<Record<string, string>>;
}

interface Decision {
  /** Must be one of the servers of the latest setServers call. */
  server: ServerId;
  /** Cookies for the client to keep and send back (name -> value).
   *  A value over 4096 bytes is dropped by the client, as browsers do. */
  setCookies?: Record<string, string>;
}
`;

const BALANCER = `
interface Balancer {
  /** Called before the first route, and again whenever the set of servers
   *  able to take traffic changes (failure, recovery, scale-out, removal).
   *  The order of the list carries no meaning. Never empty. */
  setServers(servers: readonly ServerId[]): void;
  route(request: IncomingRequest): Decision;
  /** \`draining\` exercise only: stop placing new sessions on \`server\`. */
  drain?(server: ServerId): void;
}
`;

const DRAINING_BALANCER = `
interface Balancer {
  /** Called before the first route, and again whenever the set of servers
   *  able to take traffic changes (failure, recovery, scale-out, removal).
   *  The order of the list carries no meaning. Never empty. */
  setServers(servers: readonly ServerId[]): void;
  route(request: IncomingRequest): Decision;
  /** Stop placing new sessions on \`server\`; its sessions stay until it leaves the set. */
  drain(server: ServerId): void;
}
`;

const SESSION_STORE = `
interface SessionStore {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
  delete(key: string): void;
}

interface ServerContext {
  readonly id: ServerId;
  readonly time: number;
  /** this server's RAM: wiped when it crashes */
  readonly memory: Map<string, unknown>;
}

interface CartRequest {
  readonly sessionToken?: string;
  readonly action: 'view' | 'add' | 'remove' | 'checkout';
  readonly item?: string;
  readonly quantity?: number;
}

interface CartResponse {
  sessionToken: string;
  cart: Record<string, number>;
}

interface CartService {
  handle(server: ServerContext, request: CartRequest): CartResponse;
}
`;

const AFFINITY_OPTS = `
interface AffinityOptions {
  /** A session ends after this long without a request. */
  readonly idleTimeoutMs: number;
}
`;

const BOUNDED_OPTS = `
interface BoundedLoadOptions {
  /** No server may hold more than ceil(loadFactor × active keys / servers) keys. */
  readonly loadFactor: number;
  /** A key stops being active after this long without a request. */
  readonly idleTimeoutMs: number;
}
`;

/** The factory each exercise expects, as a comment for the editor's header. */
export const FACTORY_SIGNATURES: Record<ExerciseId, string> = {
  'round-robin': 'export function createBalancer(): Balancer',
  'cookie-affinity': 'export function createBalancer(opts: { idleTimeoutMs: number }): Balancer',
  'ip-hash': 'export function createBalancer(): Balancer',
  'consistent-hash': 'export function createBalancer(): Balancer',
  'bounded-load': 'export function createBalancer(opts: { loadFactor: number; idleTimeoutMs: number }): Balancer',
  draining: 'export function createBalancer(opts: { idleTimeoutMs: number }): Balancer',
  'session-store': 'export function createCartService(store: SessionStore): CartService',
};

const EXTRAS: Record<ExerciseId, string> = {
  'round-robin': BALANCER,
  'cookie-affinity': BALANCER + AFFINITY_OPTS,
  'ip-hash': BALANCER,
  'consistent-hash': BALANCER,
  'bounded-load': BALANCER + BOUNDED_OPTS,
  draining: DRAINING_BALANCER + AFFINITY_OPTS,
  'session-store': SESSION_STORE,
};

/** The full ambient text for one exercise's editor. */
export function ambientFor(exercise: ExerciseId): string {
  return `${COMMON_AMBIENT}${EXTRAS[exercise]}`;
}
