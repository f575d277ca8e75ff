import { describe, expect, it } from 'vitest';
import { createPopulation } from './population';
import { createRng } from './random';
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
