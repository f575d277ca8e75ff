/**
 * The token sizes lesson 7 prints, computed from the lengths of the JSON the
 * lesson shows. A JWT signed with HS256 is
 * base64url(header) "." base64url(payload) "." base64url(32-byte HMAC), so its
 * length follows from the byte lengths alone. token-size.test.ts signs real
 * tokens with node:crypto and checks that they are exactly this long, so the
 * prose, this module and a real server cannot disagree.
 */

/** The JOSE header of an HS256 token. */
export const HS256_HEADER = { alg: 'HS256', typ: 'JWT' } as const;

/** The identity payload the lesson shows. */
export const IDENTITY_CLAIMS = { sub: 'user-8412', iat: 1764331200, exp: 1764332100, ver: 7, roles: ['customer'] };

/** A cart of `lines` items shaped like the lesson's example: six-digit SKUs, quantities 1 to 3. */
export function cartClaims(lines: number) {
  const cart = Object.fromEntries(Array.from({ length: lines }, (_, i) => [`sku-${100000 + i * 7919}`, 1 + (i % 3)]));
  return { sub: 'user-8412', exp: 1764332100, cart };
}

/** Length of unpadded base64url for `bytes` bytes (RFC 4648 §5, as JWS uses it). */
export function base64urlLength(bytes: number): number {
  return Math.floor(bytes / 3) * 4 + [0, 2, 3][bytes % 3];
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** HMAC-SHA256 gives 32 bytes whatever the key and input. */
const HS256_SIGNATURE_BYTES = 32;

/** Length in characters (all ASCII) of the compact HS256 JWT for `claims`. */
export function hs256TokenLength(claims: unknown): number {
  return (
    base64urlLength(utf8Length(JSON.stringify(HS256_HEADER))) +
    1 +
    base64urlLength(utf8Length(JSON.stringify(claims))) +
    1 +
    base64urlLength(HS256_SIGNATURE_BYTES)
  );
}

/** RFC 6265 §6.1: browsers should keep at least 4096 bytes per cookie, counting its name, value and attributes. */
export const COOKIE_BUDGET = 4096;
/** The cookie the lesson sets, without its value. */
export const COOKIE_NAME = 'session';
export const COOKIE_ATTRIBUTES = '; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=900';

/** Bytes a cookie holding `token` takes against the budget: name=value plus attributes. */
export function cookieBytes(tokenLength: number): number {
  return COOKIE_NAME.length + 1 + tokenLength + COOKIE_ATTRIBUTES.length;
}

/** The largest cart (in lines) whose token still fits the 4096-byte budget. */
export function maxCartLines(): number {
  let lines = 0;
  while (cookieBytes(hs256TokenLength(cartClaims(lines + 1))) <= COOKIE_BUDGET) lines++;
  return lines;
}

export const figures = {
  identityTokenLength: hs256TokenLength(IDENTITY_CLAIMS),
  cartLines: 20,
  cart20TokenLength: hs256TokenLength(cartClaims(20)),
  maxCartLines: maxCartLines(),
  cookieBudget: COOKIE_BUDGET,
} as const;
