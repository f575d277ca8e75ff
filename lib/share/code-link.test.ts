import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compressToEncodedURIComponent } from 'lz-string';
import { hash32 } from '@/lib/sim/hash';
import { describe, expect, it } from 'vitest';
import { decodeCodeFragment, encodeCodeFragment, MAX_FRAGMENT_CHARS, MAX_SHARED_CODE_CHARS, withoutCodeParam } from './code-link';

const SOLUTION = readFileSync(path.join(process.cwd(), 'content', 'exercises', 'session-store', 'solution.ts'), 'utf8');

function fragmentOf(code: string): string {
  const result = encodeCodeFragment(code);
  if (result.kind !== 'ok') throw new Error('expected the code to fit');
  return result.fragment;
}

describe('code links', () => {
  it('round-trips a real solution, unicode and empty code, from a hash with or without #', () => {
    for (const code of [SOLUTION, 'const s = "é → 🙂";\n\tlet x = a + b & c;', '']) {
      const fragment = fragmentOf(code);
      expect(fragment.startsWith('code=')).toBe(true);
      expect(decodeCodeFragment(`#${fragment}`)).toEqual({ kind: 'code', code });
      expect(decodeCodeFragment(fragment)).toEqual({ kind: 'code', code });
    }
  });

  it('uses only characters a URL fragment keeps as they are, and compresses real code', () => {
    const fragment = fragmentOf(SOLUTION);
    expect(fragment).toMatch(/^code=[A-Za-z0-9+$-]+$/);
    expect(fragment.length).toBeLessThan(SOLUTION.length);
  });

  it('finds the code among other fragment parameters, and survives percent-encoding', () => {
    const fragment = fragmentOf(SOLUTION);
    expect(decodeCodeFragment(`#x=1&${fragment}&y=2`)).toEqual({ kind: 'code', code: SOLUTION });
    const escaped = fragment.replace(/\+/g, '%2B').replace(/\$/g, '%24');
    expect(decodeCodeFragment(`#${escaped}`)).toEqual({ kind: 'code', code: SOLUTION });
    expect(withoutCodeParam(`#x=1&${fragment}&y=2`)).toBe('#x=1&y=2');
    expect(withoutCodeParam(`#${fragment}`)).toBe('');
  });

  it('says none when the fragment has no code', () => {
    expect(decodeCodeFragment('')).toEqual({ kind: 'none' });
    expect(decodeCodeFragment('#results')).toEqual({ kind: 'none' });
  });

  it('reports garbage, a truncated link and lz text without our checksum as damaged, without throwing', () => {
    const fragment = fragmentOf(SOLUTION);
    const damaged = { kind: 'damaged', reason: 'unreadable' };
    expect(decodeCodeFragment('#code=')).toEqual(damaged);
    expect(decodeCodeFragment('#code=%E0%A4%A')).toEqual(damaged);
    expect(decodeCodeFragment('#code=!!!not lz at all***')).toEqual(damaged);
    expect(decodeCodeFragment(`#${fragment.slice(0, Math.floor(fragment.length / 2))}`)).toEqual(damaged);
    // One character changed in the middle: the checksum catches what lz-string would decode into other code.
    const mid = Math.floor(fragment.length / 2);
    const flipped = fragment.slice(0, mid) + (fragment[mid] === 'A' ? 'B' : 'A') + fragment.slice(mid + 1);
    expect(decodeCodeFragment(`#${flipped}`)).toEqual(damaged);
    expect(decodeCodeFragment(`#code=${compressToEncodedURIComponent('plain code, no tag')}`)).toEqual(damaged);
    for (let seed = 1; seed < 200; seed++) {
      let junk = '';
      for (let i = 0; i < 40; i++) junk += 'ABCxyz019+-$'[(seed * 7 + i * i * 13) % 12];
      expect(decodeCodeFragment(`#code=${junk}`).kind).toBe('damaged');
    }
  });

  it('refuses oversize code when sharing and oversize fragments when opening', () => {
    const huge = 'x'.repeat(MAX_SHARED_CODE_CHARS + 1);
    expect(encodeCodeFragment(huge)).toEqual({ kind: 'too-long', chars: huge.length, limit: MAX_SHARED_CODE_CHARS });
    expect(decodeCodeFragment(`#code=${'A'.repeat(MAX_FRAGMENT_CHARS + 1)}`)).toEqual({ kind: 'damaged', reason: 'too-long' });
    // A short fragment that expands past the code limit (repetitive text compresses very well) is refused after decoding.
    const long = 'a'.repeat(MAX_SHARED_CODE_CHARS * 4);
    const bomb = `#code=${compressToEncodedURIComponent(`sc1 ${hash32(long).toString(16).padStart(8, '0')}\n${long}`)}`;
    expect(bomb.length).toBeLessThan(MAX_FRAGMENT_CHARS);
    expect(decodeCodeFragment(bomb)).toEqual({ kind: 'damaged', reason: 'too-long' });
  });
});
