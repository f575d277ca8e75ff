import { describe, expect, it } from 'vitest';
import { CookieJars, MAX_COOKIE_BYTES } from './cookie-jar';

describe('cookie jars', () => {
  it('keep the latest value per name, drop oversized values, keep nothing when disabled', () => {
    const jars = new CookieJars();
    jars.store(1, { a: '1', b: 'x' }, true);
    jars.store(1, { a: '2', big: 'y'.repeat(MAX_COOKIE_BYTES + 1) }, true);
    expect(jars.cookiesOf(1)).toEqual({ a: '2', b: 'x' });
    jars.store(2, { a: '1' }, false);
    expect(jars.cookiesOf(2)).toEqual({});
    expect(jars.has(2)).toBe(false);
  });
});
