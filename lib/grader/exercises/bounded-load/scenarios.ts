/**
 * The bounded-load scenarios that play one timeline under the driver: the
 * bound at every placement, active keys staying, churn, and flash crowds of
 * keys that all hash to one server.
 */
import { AddressSource } from '../../../sim/addresses';
import { type Rng } from '../../../sim/random';
import { round } from '../../kit/stats';
import type { ScenarioDefinition, ScenarioOutcome } from '../../scenario';
import { serverNames } from '../../kit/hash-fleet';
import { drive, probeHomes, type DriveResult } from './drive';
import { sessions, timeline, type Step } from './traffic';
import { defineScenario, failed, passed } from '../../kit/scenario';

export const IDLE_MS = 60_000;

export function freshKeys(rng: Rng, count: number): string[] {
  const source = new AddressSource(rng, 'uniform');
  return Array.from({ length: count }, () => source.next());
}

export function outcomeOf(result: DriveResult, loadFactor: number, extra: Record<string, number | string> = {}): ScenarioOutcome {
  const metrics = {
    requests: result.requests,
    placements: result.placements,
    loadFactor,
    'worst max/mean after a placement': round(result.worstRatio),
    ...extra,
  };
  if (result.failure) return failed(result.failure, metrics, { series: result.series });
  return passed(
    `All ${result.requests.toLocaleString('en-US')} requests kept their active keys in place and all ${result.placements.toLocaleString('en-US')} placements respected the cap ` +
      `(worst max/mean right after a placement: ${round(result.worstRatio, 2)}, loadFactor ${loadFactor}).`,
    metrics,
    { series: result.series },
  );
}

interface ChurnSpec {
  id: string;
  title: string;
  hidden: boolean;
  servers: number;
  loadFactor: number;
  keys: number;
  spanMs: number;
  meanRequests: number;
  /** Fail, recover, scale out and remove servers along the way. */
  churn: boolean;
}

export function churnScenario(spec: ChurnSpec): ScenarioDefinition {
  return defineScenario(spec, (ctx, rng) => {
    const fleet = serverNames(rng.fork('fleet'), spec.servers + 1);
    const initial = fleet.slice(0, spec.servers);
    const keys = freshKeys(rng.fork('keys'), spec.keys);
    const requests = sessions(rng.fork('sessions'), { keys, start: 0, span: spec.spanMs, meanRequests: spec.meanRequests, meanThinkMs: 10_000 });
    const changes: Step[] = [];
    if (spec.churn) {
      const events = rng.fork('events');
      const victim = events.pick(initial);
      const removed = events.pick(initial.filter((s) => s !== victim));
      const extra = fleet[spec.servers];
      const at = (share: number) => share * spec.spanMs + events.next() * 30_000;
      const without = (...gone: string[]) => initial.filter((s) => !gone.includes(s));
      changes.push(
        { kind: 'servers', time: at(0.25), servers: without(victim), label: `${victim} fails`, event: 'fail' },
        { kind: 'servers', time: at(0.45), servers: initial.slice(), label: `${victim} recovers`, event: 'recover' },
        { kind: 'servers', time: at(0.65), servers: [...initial, extra], label: `${extra} joins`, event: 'scale-out' },
        { kind: 'servers', time: at(0.85), servers: [...without(removed), extra], label: `${removed} is removed`, event: 'remove' },
      );
    }
    const result = drive(ctx.freshModule(), timeline(requests, changes), {
      loadFactor: spec.loadFactor,
      idleTimeoutMs: IDLE_MS,
      initialServers: initial,
      seriesEveryMs: spec.spanMs / 150,
    });
    return outcomeOf(result, spec.loadFactor, { keys: spec.keys, servers: spec.servers });
  });
}

interface CrowdSpec {
  id: string;
  title: string;
  hidden: boolean;
  servers: number;
  loadFactor: number;
  background: number;
  crowd: number;
}

export function flashCrowdScenario(spec: CrowdSpec): ScenarioDefinition {
  return defineScenario(spec, (ctx, rng) => {
    const servers = serverNames(rng.fork('fleet'), spec.servers);
    const target = rng.pick(servers);
    // Find keys whose home is `target` by probing a fresh instance of the learner's balancer.
    const candidates = freshKeys(rng.fork('keys'), spec.background + spec.crowd * spec.servers * 2);
    const homes = probeHomes(ctx.freshModule(), candidates.slice(spec.background), servers, spec.loadFactor, IDLE_MS);
    const crowd = candidates.slice(spec.background).filter((k) => homes.get(k) === target).slice(0, spec.crowd);
    const background = candidates.slice(0, spec.background);
    const span = 600_000;
    const steps = timeline(
      sessions(rng.fork('background'), { keys: background, start: 0, span, meanRequests: 6, meanThinkMs: 10_000 }),
      sessions(rng.fork('crowd'), { keys: crowd, start: span / 2, span: 10_000, meanRequests: 8, meanThinkMs: 10_000 }),
    );
    const result = drive(ctx.freshModule(), steps, {
      loadFactor: spec.loadFactor,
      idleTimeoutMs: IDLE_MS,
      initialServers: servers,
      seriesEveryMs: span / 150,
    });
    result.series?.events.push({ time: span / 2, kind: 'note', server: target, label: `${crowd.length} keys that hash to ${target} arrive` });
    const reached = new Set<string>();
    const crowdSet = new Set(crowd);
    let request = 0;
    for (const step of steps) {
      if (step.kind !== 'request') continue;
      if (request >= result.decisions.length) break;
      if (crowdSet.has(step.key)) reached.add(result.decisions[request]);
      request++;
    }
    return outcomeOf(result, spec.loadFactor, {
      'crowd keys (all hash to one server)': crowd.length,
      'servers the crowd reached': reached.size,
    });
  });
}
