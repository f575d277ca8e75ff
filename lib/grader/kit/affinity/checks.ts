/**
 * The per-request checks of cookie affinity, each returning the end of a
 * message for the learner (the driver prefixes the request) or null. They
 * run on every request, so the passing path allocates nothing.
 */
import { MAX_COOKIE_BYTES, utf8Length } from '../../../sim/cookie-jar';
import type { ServerPool } from '../../../sim/servers';
import type { SessionBook } from '../../../sim/session-book';
import { formatTime } from '../../guard/describe';
import { PLACEMENT_TOLERANCE } from './spec';

/** Placement of a new session: not on a draining server, and within tolerance of the fewest. */
export function checkPlacement(chosen: string, pool: ServerPool, book: SessionBook): string | null {
  if (pool.isDraining(chosen)) {
    return `went to ${chosen}, which is draining: a drained server takes no new sessions.`;
  }
  let fewest = '';
  let least = Infinity;
  for (const s of pool.servers) {
    if (pool.isDraining(s)) continue;
    const n = book.activeOn(s);
    if (n < least) {
      least = n;
      fewest = s;
    }
  }
  const have = book.activeOn(chosen);
  if (have > least + PLACEMENT_TOLERANCE) {
    return (
      `went to ${chosen}, which had ${have} active sessions, while ${fewest} had ${least}. ` +
      `A new session goes to a server with the fewest active sessions (tolerance ${PLACEMENT_TOLERANCE}).`
    );
  }
  return null;
}

export function checkFreshCookie(chosen: string, setCookies: Record<string, string> | undefined): string | null {
  if (setCookies) for (const _name in setCookies) return null;
  return `went to ${chosen} but got no cookie, so the client has nothing to come back with. Set a fresh cookie on every new session.`;
}

export function checkCookieSizes(setCookies: Record<string, string>): string | null {
  for (const name of Object.keys(setCookies)) {
    const value = setCookies[name];
    // Cheap first: only long values need their UTF-8 length.
    if (value.length * 3 <= MAX_COOKIE_BYTES) continue;
    const bytes = utf8Length(value);
    if (bytes > MAX_COOKIE_BYTES) {
      return `the cookie ${name} is ${bytes} bytes long; browsers drop cookies over ${MAX_COOKIE_BYTES} bytes, so the session would be lost.`;
    }
  }
  return null;
}

export interface Needle {
  server: string;
  text: string;
}

/** What a cookie value must not contain: each server id, in plain text and in base64. */
export function opaqueNeedles(serverIds: readonly string[]): Needle[] {
  return serverIds.flatMap((server) => [
    { server, text: server },
    { server, text: base64Prefix(server) },
  ]);
}

/** Cookie values must not reveal a server. */
export function checkOpaque(setCookies: Record<string, string>, needles: readonly Needle[]): string | null {
  for (const name of Object.keys(setCookies)) {
    const value = setCookies[name];
    for (const needle of needles) {
      if (value.includes(needle.text)) {
        return (
          `the cookie ${name}=${value.length > 40 ? `${value.slice(0, 39)}…` : value} contains the server id ${needle.server}` +
          `${needle.text === needle.server ? '' : ' in base64'}. Cookie values must be opaque: anyone can read them, and a client can rewrite them to pick a server.`
        );
      }
    }
  }
  return null;
}

function base64Prefix(text: string): string {
  // Server ids are ASCII. Only whole 6-bit groups are kept: the last partial
  // one depends on what follows the id in the encoded text.
  const bytes = Array.from(text, (c) => c.charCodeAt(0));
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.floor((Math.min(3, bytes.length - i) * 8) / 6);
    for (let k = 0; k < chars; k++) out += alphabet[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

export function stickyViolation(on: string, bound: string, went: string, lastSeen: number, time: number, idleMs: number): string {
  return (
    `${on} carried the cookie of a session on ${bound}, which is still in the set, but went to ${went}. ` +
    `Its last request was ${formatTime(time - lastSeen)} earlier, within the idle timeout of ${formatTime(idleMs)}, so it had to stay on ${bound}.`
  );
}
