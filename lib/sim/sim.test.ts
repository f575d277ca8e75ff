import { describe, expect, it } from 'vitest';
import { CookieJars, MAX_COOKIE_BYTES } from './cookie-jar';
import { EventQueue } from './event-queue';
import { forgeCookies } from './forge';
import { createPopulation } from './population';
import { createRng } from './random';
import { ServerPool } from './servers';
import { SessionBook } from './session-book';
import { Traffic } from './traffic';

function requests(seed: number, count: number) {
  const rng = createRng(seed);
  const population = createPopulation(rng.fork('p'), { users: 500, natShare: 0.2, mobileShare: 0.3, addresses: 'mixed', zipfS: 1 });
  const traffic = new Traffic(rng.fork('t'), population, { sessionsPerSecond: 5, meanRequestsPerSession: 4, meanThinkMs: 2000, durationMs: 600_000 });
  const out: { time: number; user: number; ip: string }[] = [];
  for (let r = traffic.next(); r && out.length < count; r = traffic.next()) out.push({ time: r.time, user: r.user.id, ip: r.user.ip });
  return { out, population };
}

describe('traffic', () => {
  it('replays exactly from a seed, in time order, with integer times', () => {
    const a = requests(3, 2000).out;
    expect(requests(3, 2000).out).toEqual(a);
    expect(requests(4, 2000).out).not.toEqual(a);
    for (let i = 1; i < a.length; i++) expect(a[i].time).toBeGreaterThanOrEqual(a[i - 1].time);
    expect(a.every((r) => Number.isInteger(r.time))).toBe(true);
  });

  it('puts NAT users on one address and lets mobile users change theirs', () => {
    const { out, population } = requests(5, 4000);
    const nat = population.users.filter((u) => u.behindNat);
    expect(nat.length).toBeGreaterThan(50);
    expect(new Set(nat.map((u) => u.ip))).toEqual(new Set([population.natAddress]));
    const ipsByUser = new Map<number, Set<string>>();
    for (const r of out) ipsByUser.set(r.user, (ipsByUser.get(r.user) ?? new Set()).add(r.ip));
    const moved = [...ipsByUser].filter(([id, ips]) => ips.size > 1 && population.users[id].mobile);
    expect(moved.length).toBeGreaterThan(0);
    expect([...ipsByUser].every(([id, ips]) => ips.size === 1 || population.users[id].mobile)).toBe(true);
  });

  it('makes a few Zipf-hot users send much of the traffic', () => {
    const { out } = requests(6, 4000);
    const perUser = new Map<number, number>();
    for (const r of out) perUser.set(r.user, (perUser.get(r.user) ?? 0) + 1);
    const top = Math.max(...perUser.values());
    expect(top / out.length).toBeGreaterThan(0.05);
  });
});

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

describe('server pool', () => {
  it('applies events in time order: fail, recover, scale-out, drain, remove', () => {
    const pool = new ServerPool(['a', 'b'], [
      { time: 30, kind: 'recover', server: 'a' },
      { time: 10, kind: 'fail', server: 'a' },
      { time: 40, kind: 'scale-out', server: 'c' },
      { time: 50, kind: 'drain', server: 'b' },
      { time: 60, kind: 'remove', server: 'b' },
    ]);
    expect(pool.advance(10).map((e) => e.kind)).toEqual(['fail']);
    expect(pool.servers).toEqual(['b']);
    pool.advance(45);
    expect([...pool.servers].sort()).toEqual(['a', 'b', 'c']);
    pool.advance(50);
    expect(pool.isDraining('b')).toBe(true);
    pool.advance(60);
    expect([...pool.servers].sort()).toEqual(['a', 'c']);
    expect(pool.isDraining('b')).toBe(false);
  });
});

describe('event queue and forged cookies', () => {
  it('pops by time, ties in insertion order', () => {
    const q = new EventQueue<string>();
    q.push(5, 'late');
    q.push(1, 'first');
    q.push(1, 'second');
    expect([q.pop()!.item, q.pop()!.item, q.pop()!.item]).toEqual(['first', 'second', 'late']);
    expect(q.pop()).toBeUndefined();
  });

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
