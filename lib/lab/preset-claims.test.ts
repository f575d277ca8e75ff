/**
 * What the lessons and the presets' "watch" sentences tell the reader they
 * will see in the lab, checked on the lab's own engine with the seed the lab
 * page uses (components/lab/lab-app.tsx). If a change to the hash, the mixes
 * or the engine moves one of these, this file names the sentence to update.
 */
import { describe, expect, it } from 'vitest';
import { figures } from '@/content/lessons/04.pitfalls/nat-skew';
import { LabModel } from './lab-model';
import { PRESETS, type PresetId } from './presets';
import type { StrategyId } from './strategies';

const LAB_SEED = 1;

function open(preset: PresetId, strategy: StrategyId = PRESETS[preset].strategy, servers = PRESETS[preset].servers): LabModel {
  const p = PRESETS[preset];
  return new LabModel({ seed: LAB_SEED, strategy, mix: p.mix, servers, script: p.script });
}

/** The "busiest server" figure the lab shows, read every 10 simulated seconds from 30 s to 150 s. */
function sessionSkews(model: LabModel): number[] {
  const out: number[] = [];
  model.advanceBy(20_000);
  for (let t = 30; t <= 150; t += 10) {
    model.advanceBy(10_000);
    out.push(model.metrics().sessionsMaxOverMean);
  }
  return out;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('lesson 4: the nat-ip-hash preset', () => {
  it(`settles near the formula's ${figures.natSkew30of5.toFixed(1)} times the mean under IP hash`, () => {
    const skews = sessionSkews(open('nat-ip-hash'));
    expect(Math.abs(mean(skews) - figures.natSkew30of5)).toBeLessThan(0.1);
    for (const s of skews) expect(Math.abs(s - figures.natSkew30of5)).toBeLessThan(0.25);
  });

  it(`falls to about ${figures.simulatedCookieSkew.toFixed(2)} under cookie affinity on the same traffic (lessons 2-4)`, () => {
    for (const servers of [5, 10]) {
      for (const s of sessionSkews(open('nat-ip-hash', 'cookie', servers))) expect(Math.abs(s - figures.simulatedCookieSkew)).toBeLessThan(0.05);
    }
  });

  it(`grows toward ${figures.natSkew30of10.toFixed(2)} with ten servers: adding servers makes the ratio worse`, () => {
    const skews = sessionSkews(open('nat-ip-hash', 'ip-hash', 10));
    expect(Math.abs(mean(skews) - figures.natSkew30of10)).toBeLessThan(0.3);
  });
});

describe('lesson 3: the scale-out preset', () => {
  it('moves no live session under cookie affinity, and about four in five under IP hash (mod N)', () => {
    const cookie = open('scale-out');
    cookie.advanceBy(25_000);
    expect(cookie.metrics().events[0].moved).toBe(0);
    const ip = open('scale-out', 'ip-hash');
    ip.advanceBy(25_000);
    const added = ip.metrics().events[0];
    // Going from 4 to 5 servers, a key stays only when h mod 4 = h mod 5: one in five.
    expect(Math.abs(added.moved! / added.live - 4 / 5)).toBeLessThan(0.05);
  });
});

describe('lesson 5: the hot-users preset', () => {
  it('brings the busiest server down with bounded loads, at the price of requests sent away from their session', () => {
    const ring = open('hot-users', 'consistent-hash');
    const bounded = open('hot-users', 'bounded-load');
    ring.advanceBy(60_000);
    bounded.advanceBy(60_000);
    expect(bounded.metrics().maxOverMean).toBeLessThan(ring.metrics().maxOverMean - 0.3);
    expect(bounded.metrics().lostToRouting).toBeGreaterThan(0);
    expect(ring.metrics().lostToRouting).toBe(0);
  });
});
