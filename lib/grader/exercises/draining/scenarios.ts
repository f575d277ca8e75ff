/**
 * The draining suite: cookie affinity plus drain(). Every scenario runs the
 * full cookie-affinity checks with drain events; the drained server is left
 * out of placement and balance, and its sessions must stay until it leaves.
 */
import type { Rng } from '../../../sim/random';
import { serverIds, type ServerEvent } from '../../../sim/servers';
import type { TrafficSpec } from '../../../sim/traffic';
import type { ScenarioDefinition } from '../../scenario';
import { meanSessionLifeMs, type AffinitySpec } from '../../kit/affinity/spec';
import { affinityScenario, failures, IDLE_MS } from '../../kit/affinity/scenario';

const TRAFFIC: TrafficSpec = { sessionsPerSecond: 8, meanRequestsPerSession: 8, meanThinkMs: 4000, durationMs: 200_000 };

function spec(partial: Partial<AffinitySpec> & Pick<AffinitySpec, 'servers' | 'events'>): AffinitySpec {
  return { population: { users: 3000 }, traffic: TRAFFIC, idleTimeoutMs: IDLE_MS, drain: true, ...partial };
}

/** Drain `server` at a random time in [from, to], and remove it `after` ms later (or never). */
function drainAt(rng: Rng, server: string, from: number, to: number, after: number | null): ServerEvent[] {
  const at = rng.range(from, to);
  const events: ServerEvent[] = [{ time: at, kind: 'drain', server }];
  if (after !== null) events.push({ time: at + after, kind: 'remove', server });
  return events;
}

export const scenarios: ScenarioDefinition[] = [
  affinityScenario('sample-drain-one', 'Sample: drain a server, then remove it', false, () =>
    spec({
      servers: serverIds(3),
      events: [
        { time: 30_000, kind: 'drain', server: 'app-1' },
        { time: 90_000, kind: 'remove', server: 'app-1' },
      ],
      population: { users: 600 },
      traffic: { ...TRAFFIC, sessionsPerSecond: 3, durationMs: 120_000 },
    }),
  ),
  affinityScenario('sample-replace-server', 'Sample: a new server joins, an old one drains', false, () =>
    spec({
      servers: serverIds(3),
      events: [
        { time: 20_000, kind: 'scale-out', server: 'app-4' },
        { time: 30_000, kind: 'drain', server: 'app-2' },
        { time: 100_000, kind: 'remove', server: 'app-2' },
      ],
      population: { users: 600 },
      traffic: { ...TRAFFIC, sessionsPerSecond: 3, durationMs: 130_000 },
    }),
  ),
  affinityScenario('no-new-sessions-on-drained', 'A drained server gets no new session, forged or not', true, (rng) =>
    spec({
      servers: serverIds(4),
      events: drainAt(rng, rng.pick(serverIds(4)), 40_000, 80_000, null),
      population: { users: 3000, forgerShare: 0.2, cookiesDisabledShare: 0.1 },
    }),
  ),
  affinityScenario('drained-sessions-stay', 'Sessions on a drained server stay there until it leaves', true, (rng) =>
    spec({
      servers: serverIds(4),
      events: drainAt(rng, rng.pick(serverIds(4)), 50_000, 70_000, 150_000),
      traffic: { ...TRAFFIC, meanRequestsPerSession: 20, meanThinkMs: 3000 },
    }),
  ),
  affinityScenario('moved-after-removal', 'Removed while sessions are live: they move, without errors', true, (rng) =>
    spec({
      servers: serverIds(4),
      events: drainAt(rng, rng.pick(serverIds(4)), 50_000, 70_000, 10_000),
      population: { users: 3000, mobileShare: 0.3 },
    }),
  ),
  affinityScenario('rolling-deploy', 'A rolling deploy: each server replaced in turn', true, (rng) => {
    const events: ServerEvent[] = [];
    for (let i = 1; i <= 4; i++) {
      const start = 20_000 + (i - 1) * 60_000 + rng.range(0, 10_000);
      events.push({ time: start, kind: 'scale-out', server: `app-${4 + i}` }, ...drainAt(rng, `app-${i}`, start + 1, start + 1000, 45_000));
    }
    return spec({ servers: serverIds(4), events, traffic: { ...TRAFFIC, durationMs: 280_000 } });
  }),
  affinityScenario('redeployed-after-drain', 'A drained server is removed, then deployed again under its name: it takes new sessions', true, (rng) => {
    const servers = serverIds(4);
    const server = rng.pick(servers);
    const events = drainAt(rng, server, 30_000, 50_000, 40_000);
    const removedAt = events[1].time;
    events.push({ time: removedAt + rng.range(10_000, 30_000), kind: 'scale-out', server });
    const partial = spec({ servers, events, traffic: { ...TRAFFIC, durationMs: 220_000 } });
    return { ...partial, catchUp: { share: 0.8, withinMs: meanSessionLifeMs(partial) / 2 } };
  }),
  affinityScenario('drain-with-failures', 'Another server fails and recovers while one drains', true, (rng) => {
    const servers = serverIds(5);
    const [drained, ...others] = rng.shuffle(servers);
    return spec({ servers, events: [...drainAt(rng, drained, 30_000, 50_000, null), ...failures(rng, others, 2, 60_000, 140_000)] });
  }),
  affinityScenario('nat-balance-while-draining', 'Thirty per cent behind NAT: the others stay even while one drains', true, (rng) =>
    spec({
      servers: serverIds(6),
      events: drainAt(rng, rng.pick(serverIds(6)), 20_000, 40_000, null),
      // Many users, so that few come back after going idle (see cookie-affinity's nat-office).
      population: { users: 60_000, natShare: 0.3 },
      traffic: { ...TRAFFIC, sessionsPerSecond: 20, durationMs: 180_000 },
      balance: { from: 80_000, limit: 1.05, minMean: 50 },
    }),
  ),
  affinityScenario('drain-and-scale-out', 'One drains, a new one joins and fills up fast', true, (rng) => {
    const partial = spec({
      servers: serverIds(4),
      events: [...drainAt(rng, 'app-1', 60_000, 80_000, null), { time: rng.range(140_000, 160_000), kind: 'scale-out', server: 'app-5' }],
      traffic: { ...TRAFFIC, durationMs: 240_000 },
    });
    return { ...partial, catchUp: { share: 0.8, withinMs: meanSessionLifeMs(partial) / 2 } };
  }),
];
