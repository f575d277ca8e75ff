import { describe, expect, it } from 'vitest';
import { Simulation, type SimulationConfig } from './simulation';
import { cookieLeastSessions, ipHash, roundRobin } from './strategies';

const NAT: SimulationConfig = {
  seed: 1,
  servers: ['app-1', 'app-2', 'app-3', 'app-4', 'app-5'],
  population: { users: 20_000, natShare: 0.3 },
  traffic: { sessionsPerSecond: 10, meanRequestsPerSession: 6, meanThinkMs: 4000, durationMs: 150_000 },
  idleTimeoutMs: 30_000,
};

function maxOverMean(sim: Simulation): number {
  const loads = sim.snapshot().servers.map((s) => s.activeSessions);
  return Math.max(...loads) / (loads.reduce((a, b) => a + b, 0) / loads.length);
}

describe('Simulation', () => {
  it('reproduces the NAT figures: IP hashing piles the office on one server, cookies do not', () => {
    // 30% on one server plus its share of the rest: 0.3 + 0.7/N over 1/N.
    const five = new Simulation(NAT, ipHash());
    five.runUntil(120_000);
    const ten = new Simulation({ ...NAT, servers: Array.from({ length: 10 }, (_, i) => `app-${i + 1}`) }, ipHash());
    ten.runUntil(120_000);
    const cookie = new Simulation(NAT, cookieLeastSessions(30_000));
    cookie.runUntil(120_000);
    expect(maxOverMean(five)).toBeGreaterThan(1.7);
    expect(maxOverMean(five)).toBeLessThan(2.7);
    expect(maxOverMean(ten)).toBeGreaterThan(3);
    expect(maxOverMean(ten)).toBeLessThan(4.4);
    expect(maxOverMean(cookie)).toBeLessThan(1.05);
    expect(cookie.snapshot().brokenSessions).toBe(0);
  });

  it('counts sessions broken when round robin ignores affinity, and replays from its seed', () => {
    const a = new Simulation({ ...NAT, population: { users: 2000 } }, roundRobin());
    a.runUntil(60_000);
    const b = new Simulation({ ...NAT, population: { users: 2000 } }, roundRobin());
    b.runUntil(60_000);
    expect(a.snapshot().brokenSessions).toBeGreaterThan(a.snapshot().requests / 2);
    expect(b.snapshot()).toEqual(a.snapshot());
  });

  it('applies server events and drains with the balancer', () => {
    const sim = new Simulation(
      {
        ...NAT,
        population: { users: 5000 },
        events: [
          { time: 20_000, kind: 'drain', server: 'app-1' },
          { time: 60_000, kind: 'remove', server: 'app-1' },
        ],
      },
      cookieLeastSessions(30_000),
    );
    sim.runUntil(25_000);
    const before = sim.snapshot().servers.find((s) => s.id === 'app-1')!;
    expect(before.draining).toBe(true);
    sim.runUntil(55_000);
    expect(sim.snapshot().servers.find((s) => s.id === 'app-1')!.activeSessions).toBeLessThan(before.activeSessions);
    sim.runUntil(61_000);
    expect(sim.snapshot().servers.map((s) => s.id)).not.toContain('app-1');
  });
});
