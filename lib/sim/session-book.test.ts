import { describe, expect, it } from 'vitest';
import { SessionBook } from './session-book';

describe('session book', () => {
  it('counts a session active until idleMs pass without a request, and ends sessions of a server that leaves', () => {
    const book = new SessionBook(1000);
    const s = book.start(1, 'app-1', 0);
    book.start(2, 'app-1', 100);
    book.touch(s, 900);
    book.expire(1099);
    expect(book.activeOn('app-1')).toBe(2);
    book.expire(1100);
    expect(book.activeOn('app-1')).toBe(1);
    book.start(3, 'app-2', 1500);
    book.expire(1900);
    expect(book.activeOn('app-1')).toBe(0);
    expect(book.sessionOf(1)).toMatchObject({ alive: false, endedBy: 'idle' });
    book.endServer('app-2');
    expect(book.sessionOf(3)).toMatchObject({ alive: false, endedBy: 'server-left' });
    expect(book.counts(['app-1', 'app-2'])).toEqual(new Map([['app-1', 0], ['app-2', 0]]));
  });
});
