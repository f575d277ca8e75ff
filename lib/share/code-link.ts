/**
 * "Share your code" links: the draft travels in the URL fragment
 * (`/exercises/<id>#code=<...>`), compressed with lz-string. Browsers never
 * send the fragment to a server, so the code stays between the two learners.
 *
 * The compressed text carries a format tag and a checksum of the code: lz-string
 * decodes almost any string into *something*, so without them a link cut short
 * by a chat app would quietly load garbage into the editor.
 *
 * Plain TypeScript: the workspace and the tests call the same functions.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { hash32 } from '@/lib/sim/hash';

/** The fragment's parameter name: `#code=...`. */
export const CODE_PARAM = 'code';
/** The longest code a link carries; a course solution is a few thousand characters. */
export const MAX_SHARED_CODE_CHARS = 50_000;
/**
 * The longest fragment we try to decode. LZ output can grow with the square of
 * its input, so a crafted short fragment could still expand hugely: this bound
 * keeps the worst case to tens of megabytes, briefly, in the learner's own tab.
 * Real code compresses to well under a third of this.
 */
export const MAX_FRAGMENT_CHARS = 20_000;

const FORMAT = 'sc1';

function checksum(code: string): string {
  return hash32(code).toString(16).padStart(8, '0');
}

export type EncodeResult = { kind: 'ok'; fragment: string } | { kind: 'too-long'; chars: number; limit: number };

/** `code=<compressed>` (no leading `#`), or why the code cannot travel in a link. */
export function encodeCodeFragment(code: string): EncodeResult {
  if (code.length > MAX_SHARED_CODE_CHARS) return { kind: 'too-long', chars: code.length, limit: MAX_SHARED_CODE_CHARS };
  const fragment = `${CODE_PARAM}=${compressToEncodedURIComponent(`${FORMAT} ${checksum(code)}\n${code}`)}`;
  if (fragment.length > MAX_FRAGMENT_CHARS) return { kind: 'too-long', chars: code.length, limit: MAX_SHARED_CODE_CHARS };
  return { kind: 'ok', fragment };
}

export type DecodeResult =
  | { kind: 'none' }
  | { kind: 'code'; code: string }
  | { kind: 'damaged'; reason: 'too-long' | 'unreadable' };

/**
 * Reads `#code=...` from a location hash (with or without the `#`). Other
 * fragment parameters are ignored; `none` when there is no code parameter.
 * Never throws: a damaged link is reported, and nothing is loaded from it.
 */
export function decodeCodeFragment(hash: string): DecodeResult {
  const raw = codeParam(hash);
  if (raw === null) return { kind: 'none' };
  if (raw.length > MAX_FRAGMENT_CHARS) return { kind: 'damaged', reason: 'too-long' };
  let text: string | null;
  try {
    // Some apps percent-encode a fragment when they pass a link on; the
    // compressed alphabet itself never contains `%`.
    const value = raw.includes('%') ? decodeURIComponent(raw) : raw;
    text = decompressFromEncodedURIComponent(value);
  } catch {
    return { kind: 'damaged', reason: 'unreadable' };
  }
  if (typeof text !== 'string') return { kind: 'damaged', reason: 'unreadable' };
  const newline = text.indexOf('\n');
  if (newline < 0) return { kind: 'damaged', reason: 'unreadable' };
  const [format, sum] = text.slice(0, newline).split(' ');
  const code = text.slice(newline + 1);
  if (format !== FORMAT || sum !== checksum(code)) return { kind: 'damaged', reason: 'unreadable' };
  if (code.length > MAX_SHARED_CODE_CHARS) return { kind: 'damaged', reason: 'too-long' };
  return { kind: 'code', code };
}

/**
 * The raw value of `code=` in a fragment. Not URLSearchParams: it would read
 * the `+` of lz-string's alphabet as a space.
 */
function codeParam(hash: string): string | null {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of body.split('&')) {
    if (part.startsWith(`${CODE_PARAM}=`)) return part.slice(CODE_PARAM.length + 1);
  }
  return null;
}

/** The fragment with its `code=` parameter removed (other parameters kept), with its `#`, or '' when nothing is left. */
export function withoutCodeParam(hash: string): string {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const rest = body.split('&').filter((part) => part !== '' && !part.startsWith(`${CODE_PARAM}=`));
  return rest.length ? `#${rest.join('&')}` : '';
}
