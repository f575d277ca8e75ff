/**
 * The token sizes lesson 6 quotes, recomputed: a real HS256 JWT built with
 * node:crypto, so the prose's byte counts cannot drift from what a server
 * would actually send.
 */
import { createHmac } from 'node:crypto';
import { describe, expect, test } from 'vitest';

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** header.payload.signature, signed with HMAC-SHA256 like `alg: HS256`. */
function signJwt(payload: Record<string, unknown>, secret: string): string {
  const head = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url(payload)}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}

/** A cart of `lines` items shaped like the lesson's example: six-digit SKUs, quantities 1 to 3. */
function cartClaims(lines: number) {
  const cart = Object.fromEntries(Array.from({ length: lines }, (_, i) => [`sku-${100000 + i * 7919}`, 1 + (i % 3)]));
  return { sub: 'user-8412', exp: 1764332100, cart };
}

const COOKIE_NAME = 'session=';
/** RFC 6265 §6.1: browsers must keep at least 4096 bytes per cookie (name, value and attributes). */
const COOKIE_BUDGET = 4096;

describe('token sizes quoted in lesson 6', () => {
  test('the example identity token is 191 bytes', () => {
    const token = signJwt({ sub: 'user-8412', iat: 1764331200, exp: 1764332100, ver: 7, roles: ['customer'] }, 'k');
    expect(token.split('.')).toHaveLength(3);
    expect(token.length).toBe(191);
  });

  test('a 20-line cart in the token is 541 bytes, and about 190 lines fill a 4096-byte cookie', () => {
    expect(signJwt(cartClaims(20), 'k').length).toBe(541);
    let lines = 0;
    while ((COOKIE_NAME + signJwt(cartClaims(lines + 1), 'k')).length <= COOKIE_BUDGET) lines++;
    expect(lines).toBeGreaterThanOrEqual(185);
    expect(lines).toBeLessThanOrEqual(195);
  });
});
