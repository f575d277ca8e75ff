import { describe, expect, it } from 'vitest';
import { MAX_COOKIE_BYTES } from './cookie-jar';
import { forgeCookies } from './forge';
import { createRng } from './random';

describe('forged cookies', () => {
  it('forges every kind of cookie, including oversized values and prototype names', () => {
    const rng = createRng(1);
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const c = forgeCookies(rng, { lb: 'abcdef0123' }, ['app-1', 'app-2']);
      for (const [name, value] of Object.entries(c)) {
        if (value.length > MAX_COOKIE_BYTES) seen.add('oversized');
        if (value === '') seen.add('empty');
        if (value === 'app-1' || value === 'app-2') seen.add('server id');
        if (name === '__proto__') seen.add('proto');
        if (name === 'lb' && value.length === 10 && value !== 'abcdef0123') seen.add('tampered');
      }
    }
    expect([...seen].sort()).toEqual(['empty', 'oversized', 'proto', 'server id', 'tampered']);
  });
});
