import { describe, expect, it } from 'vitest';
import { LabModel, type LabConfig } from './lab-model';
import { PRESETS, PRESET_IDS } from './presets';

const base: LabConfig = { seed: 7, strategy: 'cookie', mix: 'uniform', servers: 5 };

function run(config: LabConfig, ms: number): LabModel {
  const model = new LabModel(config);
  model.advanceBy(ms);
  return model;
}

describe('LabModel', () => {
  it('loses the killed server\'s sessions under cookie affinity, and nothing else', () => {
    const model = run(base, 20_000);
    const before = model.metrics();
    const onApp3 = before.servers.find((s) => s.id === 'app-3')!.sessions;
    expect(before.sessionsLost).toBe(0);
    expect(onApp3).toBeGreaterThan(50);
    const event = model.inject('kill', 'app-3')!;
    expect(event.lost).toBe(onApp3);
    expect(event.moved).toBe(onApp3);
    expect(event.message).toContain('app-3 went down with');
    model.advanceBy(30_000);
    const after = model.metrics();
    expect(after.sessionsLost).toBe(onApp3);
    expect(after.lostToRouting).toBe(0);
    expect(after.servers.map((s) => s.id)).not.toContain('app-3');
  });

  it('loses no session under the shared store, whatever is killed', () => {
    const model = run({ ...base, strategy: 'session-store' }, 20_000);
    expect(model.inject('kill', 'app-3')!.lost).toBe(0);
    model.advanceBy(10_000);
    model.inject('kill', 'app-1');
    model.advanceBy(30_000);
    const m = model.metrics();
    expect(m.sessionsLost).toBe(0);
    expect(m.storeSessions).toBeGreaterThan(100);
    expect(m.servers.every((s) => s.sessions === 0)).toBe(true);
    expect(m.keysMoved).toBeNull();
  });

  it('piles NAT-heavy traffic on one server under IP hash, well above cookie affinity', () => {
    const nat = { ...base, mix: 'nat' as const };
    const ip = run({ ...nat, strategy: 'ip-hash' }, 30_000).metrics();
    const cookie = run(nat, 30_000).metrics();
    // 30% behind one address over 5 servers: about 1 + 0.3 x 4 = 2.2 times the mean.
    expect(ip.sessionsMaxOverMean).toBeGreaterThan(1.8);
    expect(ip.maxOverMean).toBeGreaterThan(1.7);
    expect(cookie.sessionsMaxOverMean).toBeLessThan(1.1);
    expect(ip.maxOverMean).toBeGreaterThan(cookie.maxOverMean * 1.5);
  });

  it('moves most keys under mod-N hashing and about 1/N on a ring when a server joins', () => {
    const mod = run({ ...base, strategy: 'ip-hash' }, 10_000).inject('add')!;
    const ring = run({ ...base, strategy: 'consistent-hash' }, 10_000).inject('add')!;
    expect(mod.moved! / mod.live).toBeGreaterThan(0.7);
    expect(ring.moved! / ring.live).toBeLessThan(0.3);
    expect(ring.moved! / ring.live).toBeGreaterThan(0.05);
    expect(run(base, 10_000).inject('add')!.moved).toBe(0);
  });

  it('drains a server under cookie affinity losing only the sessions still alive at the deadline', () => {
    const drained = (strategy: LabConfig['strategy']) => {
      const model = run({ ...base, strategy, script: PRESETS.drain.script }, 25_000);
      const held = model.metrics().servers.find((s) => s.id === 'app-1')!;
      expect(held.draining).toBe(true);
      model.advanceBy(130_000);
      const m = model.metrics();
      expect(m.servers.map((s) => s.id)).not.toContain('app-1');
      expect(m.events.map((e) => e.kind)).toEqual(['drain', 'removed']);
      return { held: held.sessions, lost: m.events[1].lost };
    };
    const cookie = drained('cookie');
    const ip = drained('ip-hash');
    expect(cookie.lost).toBeLessThan(cookie.held / 10);
    // Address hashing cannot tell new sessions from old: the server keeps its share to the end.
    expect(ip.lost).toBeGreaterThan(ip.held / 2);
    // With the store nothing is held on the server, so it leaves at the next tick.
    const store = run({ ...base, strategy: 'session-store', script: PRESETS.drain.script }, 25_000).metrics();
    expect(store.events.map((e) => [e.kind, e.lost])).toEqual([['drain', 0], ['removed', 0]]);
    expect(store.servers.map((s) => s.id)).not.toContain('app-1');
  });

  it('caps the busiest server near c times the mean with bounded loads on hot users', () => {
    const hot = { ...base, mix: 'hot' as const };
    const ring = run({ ...hot, strategy: 'consistent-hash' }, 30_000).metrics();
    const bounded = run({ ...hot, strategy: 'bounded-load' }, 30_000).metrics();
    expect(bounded.maxOverMean).toBeLessThan(1.4);
    expect(bounded.maxOverMean).toBeLessThan(ring.maxOverMean);
    // The price: requests sent away from the server that holds their session.
    expect(bounded.lostToRouting).toBeGreaterThan(0);
  });

  it('replays exactly from its seed, and differs with another seed', () => {
    const a = run({ ...base, mix: 'mobile', strategy: 'ip-hash' }, 40_000).metrics();
    const b = run({ ...base, mix: 'mobile', strategy: 'ip-hash' }, 40_000).metrics();
    const c = run({ ...base, seed: 8, mix: 'mobile', strategy: 'ip-hash' }, 40_000).metrics();
    expect(b).toEqual(a);
    expect(c.requests).not.toBe(a.requests);
    expect(a.lostToRouting).toBeGreaterThan(0);
  });

  it('refuses events that cannot happen', () => {
    const model = run({ ...base, servers: 1 }, 1000);
    expect(model.inject('kill', 'app-1')).toBeNull();
    expect(model.inject('kill', 'app-9')).toBeNull();
    const full = run({ ...base, servers: 10 }, 1000);
    expect(full.inject('add')).toBeNull();
  });

  it('runs every preset and keeps a bounded history', () => {
    for (const id of PRESET_IDS) {
      const p = PRESETS[id];
      const model = run({ seed: 1, strategy: p.strategy, mix: p.mix, servers: p.servers, script: p.script }, 150_000);
      const m = model.metrics();
      expect(m.history.length).toBe(120);
      expect(m.events.length).toBe(p.script.length + (id === 'drain' ? 1 : 0));
    }
  });
});
