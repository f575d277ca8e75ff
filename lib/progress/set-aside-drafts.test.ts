import { describe, expect, it } from 'vitest';
import { setAsideDamagedKey, setAsideKey } from '@/lib/storage/keys';
import { createMemoryStorage, type KeyValueStorage } from '@/lib/storage/web-storage';
import { MAX_SET_ASIDE_CHARS, readSetAsideDrafts, SET_ASIDE_KEPT, setAsideDraft, summariseDraft } from './set-aside-drafts';

const EX = 'round-robin';
const T0 = Date.UTC(2026, 0, 10, 12);

/** A storage that refuses every write with the error browsers throw when the quota is used up. */
function fullStorage(initial: Record<string, string> = {}): KeyValueStorage {
  const inner = createMemoryStorage(initial);
  return {
    ...inner,
    getItem: inner.getItem,
    key: inner.key,
    get length() {
      return inner.length;
    },
    removeItem: inner.removeItem,
    setItem: () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
  };
}

describe('setting drafts aside', () => {
  it('keeps a replaced draft with when and why, and a reload reads it back', () => {
    const storage = createMemoryStorage();
    const outcome = setAsideDraft(storage, EX, '// my work\n', 'reset', T0);
    expect(outcome).toEqual({ kind: 'kept', drafts: [{ code: '// my work\n', at: T0, reason: 'reset' }], problem: null });
    // A fresh read, as after a reload, sees the same list.
    expect(readSetAsideDrafts(storage, EX)).toEqual({ drafts: [{ code: '// my work\n', at: T0, reason: 'reset' }], problem: null });
    expect(readSetAsideDrafts(storage, 'ip-hash').drafts).toEqual([]);
  });

  it('keeps the last 5, newest first', () => {
    const storage = createMemoryStorage();
    for (let i = 1; i <= 7; i++) setAsideDraft(storage, EX, `// draft ${i}`, i % 2 ? 'reset' : 'shared-code', T0 + i * 1000);
    const { drafts } = readSetAsideDrafts(storage, EX);
    expect(drafts).toHaveLength(SET_ASIDE_KEPT);
    expect(drafts.map((d) => d.code)).toEqual(['// draft 7', '// draft 6', '// draft 5', '// draft 4', '// draft 3']);
    expect(drafts[1].reason).toBe('shared-code');
  });

  it('does not store the same draft twice: it moves to the top with the new time and reason', () => {
    const storage = createMemoryStorage();
    setAsideDraft(storage, EX, 'A', 'reset', T0);
    setAsideDraft(storage, EX, 'A', 'restore-passing', T0 + 1000);
    expect(readSetAsideDrafts(storage, EX).drafts).toEqual([{ code: 'A', at: T0 + 1000, reason: 'restore-passing' }]);

    setAsideDraft(storage, EX, 'B', 'reset', T0 + 2000);
    setAsideDraft(storage, EX, 'A', 'shared-code', T0 + 3000);
    expect(readSetAsideDrafts(storage, EX).drafts.map((d) => [d.code, d.reason])).toEqual([
      ['A', 'shared-code'],
      ['B', 'reset'],
    ]);
  });

  it('refuses a draft over the size cap and writes nothing', () => {
    const storage = createMemoryStorage();
    const huge = 'x'.repeat(MAX_SET_ASIDE_CHARS + 1);
    expect(setAsideDraft(storage, EX, huge, 'reset', T0)).toEqual({ kind: 'too-large', chars: MAX_SET_ASIDE_CHARS + 1 });
    expect(storage.getItem(setAsideKey(EX))).toBeNull();
    expect(setAsideDraft(storage, EX, 'x'.repeat(MAX_SET_ASIDE_CHARS), 'reset', T0).kind).toBe('kept');
  });

  it('says when storage is full and leaves what was stored untouched', () => {
    const before = JSON.stringify({ version: 1, drafts: [{ code: 'old', at: T0, reason: 'reset' }] });
    const storage = fullStorage({ [setAsideKey(EX)]: before });
    expect(setAsideDraft(storage, EX, 'new', 'reset', T0 + 1)).toEqual({ kind: 'storage-full' });
    expect(storage.getItem(setAsideKey(EX))).toBe(before);
    expect(readSetAsideDrafts(storage, EX).drafts.map((d) => d.code)).toEqual(['old']);
  });

  it('says when storage is blocked altogether', () => {
    const blocked: KeyValueStorage = {
      ...createMemoryStorage(),
      getItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    };
    expect(setAsideDraft(blocked, EX, 'mine', 'reset', T0)).toEqual({ kind: 'storage-blocked' });
    expect(readSetAsideDrafts(blocked, EX)).toEqual({ drafts: [], problem: null });
  });
});

describe('a damaged set-aside list', () => {
  it('unreadable text is copied to its own key, replaced, and explained', () => {
    const storage = createMemoryStorage({ [setAsideKey(EX)]: '{"version":1,"drafts":[{"code":' });
    const read = readSetAsideDrafts(storage, EX);
    expect(read.drafts).toEqual([]);
    expect(read.problem).toContain('could not be read');
    expect(read.problem).toContain(setAsideDamagedKey(EX));
    expect(storage.getItem(setAsideDamagedKey(EX))).toBe('{"version":1,"drafts":[{"code":');
    expect(storage.getItem(setAsideKey(EX))).toBeNull();
    // Repaired: the next read is clean, and setting aside works again.
    expect(readSetAsideDrafts(storage, EX)).toEqual({ drafts: [], problem: null });
    expect(setAsideDraft(storage, EX, 'mine', 'reset', T0).kind).toBe('kept');
  });

  it('a value of the wrong shape is set aside the same way', () => {
    for (const raw of ['[1,2]', '{"version":2,"drafts":[]}', '"hello"', 'null']) {
      const storage = createMemoryStorage({ [setAsideKey(EX)]: raw });
      expect(readSetAsideDrafts(storage, EX).problem).toContain('could not be read');
      expect(storage.getItem(setAsideDamagedKey(EX))).toBe(raw);
    }
  });

  it('keeps every good entry and names how many were dropped', () => {
    const raw = JSON.stringify({
      version: 1,
      drafts: [
        { code: 'good', at: T0, reason: 'reset' },
        { code: 42, at: T0, reason: 'reset' },
        { code: 'bad reason', at: T0, reason: 'boredom' },
        { code: 'older', at: T0 - 5, reason: 'shared-code' },
      ],
    });
    const storage = createMemoryStorage({ [setAsideKey(EX)]: raw });
    const read = readSetAsideDrafts(storage, EX);
    expect(read.drafts.map((d) => d.code)).toEqual(['good', 'older']);
    expect(read.problem).toMatch(/^2 of your earlier drafts .* could not be read; the others are listed\./);
    expect(storage.getItem(setAsideDamagedKey(EX))).toBe(raw);
    expect(readSetAsideDrafts(storage, EX)).toEqual({ drafts: read.drafts, problem: null });
  });

  it('setting aside over a damaged value keeps the new draft and passes the message on', () => {
    const storage = createMemoryStorage({ [setAsideKey(EX)]: 'not json' });
    const outcome = setAsideDraft(storage, EX, 'mine', 'shared-code', T0);
    expect(outcome.kind).toBe('kept');
    if (outcome.kind === 'kept') expect(outcome.problem).toContain('could not be read');
    expect(readSetAsideDrafts(storage, EX).drafts.map((d) => d.code)).toEqual(['mine']);
  });

  it('when there is no room for the copy, the message does not promise one', () => {
    const storage = fullStorage({ [setAsideKey(EX)]: 'not json' });
    const read = readSetAsideDrafts(storage, EX);
    expect(read.problem).toContain('could not be read');
    expect(read.problem).not.toContain('A copy');
  });
});

describe('summarising a draft for the list', () => {
  it('gives the first line with text, the line count and the size', () => {
    expect(summariseDraft('\n  // my plan\nexport function f() {}\n')).toEqual({ firstLine: '// my plan', lines: 3, chars: 37 });
    expect(summariseDraft('')).toEqual({ firstLine: '', lines: 0, chars: 0 });
    expect(summariseDraft(`// ${'a'.repeat(100)}`).firstLine).toHaveLength(60);
  });
});
