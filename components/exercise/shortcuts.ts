/**
 * Keyboard shortcuts of the workspace. Ctrl on Windows/Linux, Cmd on Apple
 * platforms, as editors do; the labels on the buttons say which.
 */
export type ShortcutAction = 'run' | 'submit';

export function isApplePlatform(platform: string): boolean {
  return /mac|iphone|ipad|ipod/i.test(platform);
}

export function shortcutLabel(action: ShortcutAction, apple: boolean): string {
  const mod = apple ? '⌘' : 'Ctrl';
  return action === 'run' ? `${mod}+Enter` : `${mod}+Shift+Enter`;
}

/** For aria-keyshortcuts, which names keys in a fixed vocabulary. */
export function ariaShortcut(action: ShortcutAction, apple: boolean): string {
  const mod = apple ? 'Meta' : 'Control';
  return action === 'run' ? `${mod}+Enter` : `${mod}+Shift+Enter`;
}

/** Which action a keydown asks for, if any. Both Ctrl and Cmd work everywhere. */
export function shortcutFor(event: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }): ShortcutAction | null {
  if (event.key !== 'Enter' || event.altKey || !(event.ctrlKey || event.metaKey)) return null;
  return event.shiftKey ? 'submit' : 'run';
}
