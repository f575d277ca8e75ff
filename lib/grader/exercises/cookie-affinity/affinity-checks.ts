/**
 * The per-request checks of cookie affinity, each returning a message for
 * the learner or null. The driver (affinity-run.ts) decides which apply.
 */
import { MAX_COOKIE_BYTES, utf8Length } from '../../../sim/cookie-jar';
import { formatTime } from '../../guard/describe';
import { PLACEMENT_TOLERANCE } from './affinity-spec';

export function checkPlacement(
  on: string,
  chosen: string,
  counts: ReadonlyMap<string, number>,
  eligible: readonly string[],
  draining: (s: string) => boolean,
): string | null {
  if (draining(chosen)) {
    return `${on} started a new session on ${chosen}, which is draining: a drained server takes no new sessions.`;
  }
  let fewest = eligible[0];
  for (const s of eligible) if ((counts.get(s) ?? 0) < (counts.get(fewest) ?? 0)) fewest = s;
  const have = counts.get(chosen) ?? 0;
  const least = counts.get(fewest) ?? 0;
  if (have > least + PLACEMENT_TOLERANCE) {
    return (
      `${on} started a new session on ${chosen}, which had ${have} active sessions, while ${fewest} had ${least}. ` +
      `A new session goes to a server with the fewest active sessions (tolerance ${PLACEMENT_TOLERANCE}).`
    );
  }
  return null;
}

export function checkFreshCookie(on: string, chosen: string, setCookies: Record<string, string> | undefined): string | null {
  const names = setCookies ? Object.keys(setCookies) : [];
  if (names.length === 0) {
    return `${on} started a new session on ${chosen} but set no cookie, so the client has nothing to come back with. Set a fresh cookie on every new session.`;
  }
  return null;
}

export function checkCookieSizes(on: string, setCookies: Record<string, string> | undefined): string | null {
  if (!setCookies) return null;
  for (const name of Object.keys(setCookies)) {
    const bytes = utf8Length(setCookies[name]);
    if (bytes > MAX_COOKIE_BYTES) {
      return `${on}: the cookie ${name} is ${bytes} bytes long; browsers drop cookies over ${MAX_COOKIE_BYTES} bytes, so the session would be lost.`;
    }
  }
  return null;
}

/** Cookie values must not reveal a server: no id, in plain text or base64. */
export function checkOpaque(on: string, setCookies: Record<string, string> | undefined, serverIds: readonly string[]): string | null {
  if (!setCookies) return null;
  for (const name of Object.keys(setCookies)) {
    const value = setCookies[name];
    for (const id of serverIds) {
      if (value.includes(id) || value.includes(base64(id))) {
        return (
          `${on}: the cookie ${name}=${value.length > 40 ? `${value.slice(0, 39)}…` : value} contains the server id ${id}. ` +
          `Cookie values must be opaque: anyone can read them, and a client can rewrite them to pick a server.`
        );
      }
    }
  }
  return null;
}

function base64(text: string): string {
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
