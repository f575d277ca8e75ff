import { describe, expect, it } from 'vitest';
import { shortcutFor, shortcutLabel } from './shortcuts';

describe('keyboard shortcuts', () => {
  it('maps Ctrl/Cmd+Enter to run and with Shift to submit', () => {
    const key = { key: 'Enter', ctrlKey: false, metaKey: true, shiftKey: false, altKey: false };
    expect(shortcutFor(key)).toBe('run');
    expect(shortcutFor({ ...key, shiftKey: true })).toBe('submit');
    expect(shortcutFor({ ...key, metaKey: false })).toBeNull();
    expect(shortcutLabel('submit', false)).toBe('Ctrl+Shift+Enter');
  });
});
