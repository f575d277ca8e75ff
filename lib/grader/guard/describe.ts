/**
 * Short, safe descriptions of learner values and requests for messages. The
 * values are untrusted: a getter may throw, a string may be megabytes long.
 */
import type { IncomingRequestData } from './types';

const MAX_TEXT = 80;

export function clip(text: string, max = MAX_TEXT): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function describeValue(value: unknown): string {
  try {
    if (value === null) return 'null';
    if (value === undefined) return 'undefined';
    if (typeof value === 'string') return JSON.stringify(clip(value, 40));
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (typeof value === 'bigint') return `${String(value)}n`;
    if (typeof value === 'symbol') return `a Symbol (${clip(String(value), 40)})`;
    if (typeof value === 'function') return 'a function';
    if (Array.isArray(value)) return `an array (${clip(JSON.stringify(value) ?? '[]', 40)})`;
    return `an object ${clip(JSON.stringify(value) ?? '{}', 60)}`;
  } catch {
    return `a value of type ${typeof value}`;
  }
}

/** Reads a property of a learner value without letting a throwing getter or Proxy trap escape. */
function readText(value: object, key: string): string | null {
  try {
    const v = (value as Record<string, unknown>)[key];
    return typeof v === 'string' ? v : null;
  } catch {
    return null;
  }
}

function isErrorLike(value: unknown): value is object {
  try {
    return value instanceof Error;
  } catch {
    // A Proxy whose getPrototypeOf trap throws.
    return false;
  }
}

/**
 * "TypeError: x is undefined", or a description of whatever else was thrown.
 * Learner errors are untrusted: their name and message are read once each,
 * and a getter that throws only makes the description shorter.
 */
export function describeError(error: unknown): string {
  if (isErrorLike(error)) {
    const name = readText(error, 'name') ?? 'Error';
    const message = readText(error, 'message');
    return clip(message ? `${name}: ${message}` : name, 200);
  }
  return `the value ${describeValue(error)}`;
}

export function formatTime(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(3)} s` : `${Math.round(ms)} ms`;
}

export function describeCookies(cookies: Readonly<Record<string, string>>): string {
  const names = Object.keys(cookies);
  if (names.length === 0) return 'no cookies';
  const shown = names.slice(0, 3).map((name) => `${clip(name, 20)}=${clip(String(cookies[name]), 24)}`);
  return `cookies ${shown.join('; ')}${names.length > 3 ? ` and ${names.length - 3} more` : ''}`;
}

/** "request 12 (t=3.412 s, client 203.0.113.7, cookies lb=ab12…)": 1-based, as people count. */
export function describeRequest(index: number, request: IncomingRequestData): string {
  return `request ${index + 1} (t=${formatTime(request.time)}, client ${request.clientIp}, ${describeCookies(request.cookies)})`;
}
