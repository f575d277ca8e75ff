import { describe, expect, it } from 'vitest';
import { MAX_SHARED_CODE_CHARS } from '@/lib/share/code-link';
import { editorLinkFor, formatRunLink, readSharedCode } from './run-link';
import { parseLabUrl, type LabUrlState } from './url-state';

const state: LabUrlState = {
  preset: 'server-failure',
  strategy: 'yours',
  compare: 'ip-hash',
  mix: 'uniform',
  seed: 7,
  code: 'cookie-affinity',
  events: [{ at: 10_000, kind: 'kill', server: 'app-4' }],
  t: 20_000,
};
const CODE = 'export function createBalancer() {\n  // route by cookie + fall back\n  return { setServers() {}, route: () => ({ server: "app-1" }) };\n}\n';

describe('lab run links with code', () => {
  it('puts the running code in the fragment and the run in the query, and both read back', () => {
    const link = formatRunLink(state, CODE);
    expect(link.hash).toMatch(/^#code=/);
    expect(link.search).not.toContain('createBalancer');
    expect(readSharedCode(link.hash)).toEqual({ kind: 'code', code: CODE });
    expect(parseLabUrl(link.search, { strategy: 'cookie', mix: 'uniform' })).toEqual({ ok: true, state });
  });

  it('carries no code when a built-in strategy runs, or when there is none', () => {
    expect(formatRunLink({ ...state, strategy: 'cookie' }, CODE).hash).toBe('');
    expect(formatRunLink(state, null).hash).toBe('');
    expect(readSharedCode(formatRunLink(state, null).hash)).toEqual({ kind: 'none' });
  });

  it('leaves out code too long for a link, and says so', () => {
    const link = formatRunLink(state, 'x'.repeat(MAX_SHARED_CODE_CHARS + 1));
    expect(link).toMatchObject({ hash: '', codeTooLong: true });
  });

  it('describes a damaged fragment instead of running it', () => {
    const cut = formatRunLink(state, CODE).hash.slice(0, -6);
    const read = readSharedCode(cut);
    expect(read.kind).toBe('damaged');
    expect(read.kind === 'damaged' && read.message).toMatch(/damaged.*not run/);
  });

  it('opens the same code in the exercise, as the exercise page\'s share link', () => {
    const href = editorLinkFor('cookie-affinity', CODE)!;
    expect(href).toBe(`/exercises/cookie-affinity${formatRunLink(state, CODE).hash}`);
  });
});
