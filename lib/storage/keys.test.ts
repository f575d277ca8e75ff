import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as keys from './keys';

const readme = readFileSync(path.join(__dirname, 'README.md'), 'utf8');

describe('storage keys', () => {
  it('are all listed in lib/storage/README.md', () => {
    const names = Object.entries(keys).filter(([, value]) => typeof value === 'string' && value !== keys.STORAGE_PREFIX);
    expect(names.length).toBeGreaterThanOrEqual(6);
    for (const [name, value] of names) expect(readme, `${name} (${value}) is missing from the README's table`).toContain(`| \`${value}`);
  });

  it('share the prefix, except the theme (kept for choices already saved)', () => {
    const all = [keys.PROGRESS_KEY, keys.DRAFT_PREFIX, keys.BACKUP_PREFIX, keys.MOCK_INTERVIEW_KEY, keys.EDITOR_KIND_KEY, keys.SET_ASIDE_PREFIX, keys.SET_ASIDE_DAMAGED_PREFIX];
    for (const key of all) expect(key.startsWith(`${keys.STORAGE_PREFIX}:`)).toBe(true);
    expect(new Set(all).size).toBe(all.length);
    expect(keys.draftKey('ip-hash')).toBe('sticky-course:draft:ip-hash');
    expect(keys.setAsideKey('ip-hash')).toBe('sticky-course:set-aside:ip-hash');
    expect(keys.backupKey(0)).toBe('sticky-course:progress-backup:1970-01-01T00:00:00.000Z');
  });
});
