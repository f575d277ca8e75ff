import { afterEach, describe, expect, it } from 'vitest';
import { draftKey, PROGRESS_KEY } from '@/lib/storage/keys';
import { hasSavedProgress } from './saved-progress';

function withStorage(entries: Record<string, string> | 'blocked') {
  const storage =
    entries === 'blocked'
      ? null
      : { getItem: (k: string) => entries[k] ?? null, key: (i: number) => Object.keys(entries)[i] ?? null, length: Object.keys(entries).length };
  (globalThis as { window?: unknown }).window = {
    get localStorage() {
      // What a browser with site storage turned off does on access.
      if (storage === null) throw new DOMException('denied', 'SecurityError');
      return storage;
    },
  };
}

afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe('hasSavedProgress', () => {
  it('is false for a first visit, even with unrelated keys and the editor choice stored', () => {
    withStorage({ theme: 'dark', 'sticky-course:editor-kind': 'monaco' });
    expect(hasSavedProgress()).toBe(false);
  });

  it('is true with saved progress, a draft, or a backup of damaged progress', () => {
    withStorage({ [PROGRESS_KEY]: '{}' });
    expect(hasSavedProgress()).toBe(true);
    withStorage({ [draftKey('round-robin')]: 'x' });
    expect(hasSavedProgress()).toBe(true);
    withStorage({ 'sticky-course:progress-backup:2026-01-01T00:00:00.000Z': 'x' });
    expect(hasSavedProgress()).toBe(true);
  });

  it('is true when storage is blocked, so the banner can say so', () => {
    withStorage('blocked');
    expect(hasSavedProgress()).toBe(true);
  });
});
