/**
 * Lesson 7 prints token sizes from token-size.ts, which computes them from
 * byte lengths. Here real HS256 tokens are signed with node:crypto and must be
 * exactly as long as the module says, so the prose cannot drift from what a
 * server would actually send.
 */
import { createHmac } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  COOKIE_ATTRIBUTES,
  COOKIE_BUDGET,
  COOKIE_NAME,
  HS256_HEADER,
  IDENTITY_CLAIMS,
  base64urlLength,
  cartClaims,
  figures,
  hs256TokenLength,
} from './token-size';

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** header.payload.signature, signed with HMAC-SHA256 like `alg: HS256`. */
function signJwt(payload: unknown, secret: string): string {
  const head = `${base64url(HS256_HEADER)}.${base64url(payload)}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}

describe('token sizes printed in lesson 7', () => {
  test('base64url length matches Node for every remainder', () => {
    for (const n of [0, 1, 2, 3, 31, 32, 33]) expect(base64urlLength(n)).toBe(Buffer.alloc(n).toString('base64url').length);
  });

  test('the identity token: a real signed token is as long as printed, whatever the key', () => {
    for (const key of ['k', 'a-much-longer-secret-key-than-that']) {
      const token = signJwt(IDENTITY_CLAIMS, key);
      expect(token.split('.')).toHaveLength(3);
      expect(token.length).toBe(figures.identityTokenLength);
    }
    expect(figures.identityTokenLength).toBe(191);
  });

  test('a 20-line cart: a real signed token is as long as printed', () => {
    expect(signJwt(cartClaims(figures.cartLines), 'k').length).toBe(figures.cart20TokenLength);
    expect(figures.cart20TokenLength).toBe(541);
  });

  test('the printed maximum cart fits a 4096-byte cookie with its name and attributes, one more line does not', () => {
    const cookie = (lines: number) => `${COOKIE_NAME}=${signJwt(cartClaims(lines), 'k')}${COOKIE_ATTRIBUTES}`;
    expect(new TextEncoder().encode(cookie(figures.maxCartLines)).length).toBeLessThanOrEqual(COOKIE_BUDGET);
    expect(new TextEncoder().encode(cookie(figures.maxCartLines + 1)).length).toBeGreaterThan(COOKIE_BUDGET);
    for (const lines of [0, 1, 7, 100]) expect(signJwt(cartClaims(lines), 'k').length).toBe(hs256TokenLength(cartClaims(lines)));
  });
});
