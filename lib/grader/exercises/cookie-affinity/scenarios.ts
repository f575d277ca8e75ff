/**
 * The cookie-affinity suite: two visible samples, then hidden scenarios that
 * each stress one clause of the contract (docs/exercises.md) while every request
 * is checked against all of them.
 */
import { serverIds, type ServerEvent } from '../../../sim/servers';
import { affinityScenario, failures, IDLE_MS } from '../../kit/affinity/scenario';
import { meanSessionLifeMs, type AffinitySpec } from '../../kit/affinity/spec';
import type { ScenarioDefinition } from '../../scenario';

const BASE_TRAFFIC = { sessionsPerSecond: 8, meanRequestsPerSession: 6, meanThinkMs: 4000, durationMs: 180_000 };

function spec(partial: Partial<AffinitySpec> & Pick<AffinitySpec, 'servers'>): AffinitySpec {
  return { events: [], population: { users: 3000 }, traffic: BASE_TRAFFIC, idleTimeoutMs: IDLE_MS, ...partial };
}

export const scenarios: ScenarioDefinition[] = [
  affinityScenario('sample-returning-users', 'Sample: users come back with their cookie', false, () =>
    spec({ servers: serverIds(3), population: { users: 400 }, traffic: { ...BASE_TRAFFIC, sessionsPerSecond: 2, durationMs: 60_000 } }),
  ),
  affinityScenario('sample-server-fails', 'Sample: a server fails, its sessions move and stay moved', false, () =>
    spec({
      servers: serverIds(3),
      events: [
        { time: 40_000, kind: 'fail', server: 'app-2' },
        { time: 80_000, kind: 'recover', server: 'app-2' },
      ],
      population: { users: 600 },
      traffic: { ...BASE_TRAFFIC, sessionsPerSecond: 3, durationMs: 120_000 },
    }),
  ),
  affinityScenario('mobile-and-cookieless', 'Mobile users change address; some clients refuse cookies', true, () =>
    spec({ servers: serverIds(5), population: { users: 3000, addresses: 'mixed', mobileShare: 0.5, cookiesDisabledShare: 0.15 } }),
  ),
  affinityScenario('idle-sessions-return', 'Sessions go idle and come back; a few users are very active', true, () =>
    spec({
      servers: serverIds(4),
      idleTimeoutMs: 10_000,
      population: { users: 300, zipfS: 1.1 },
      traffic: { ...BASE_TRAFFIC, meanThinkMs: 6000, sessionsPerSecond: 6 },
    }),
  ),
  affinityScenario('nat-office', 'Thirty per cent of users behind one office address', true, () =>
    spec({
      servers: serverIds(5),
      // Many users, so that few come back after going idle: a returning
      // session may keep its old server, which the bound must allow.
      population: { users: 60_000, natShare: 0.3 },
      traffic: { ...BASE_TRAFFIC, sessionsPerSecond: 20, durationMs: 180_000 },
      balance: { from: 60_000, limit: 1.05, minMean: 50 },
    }),
  ),
  affinityScenario('scale-out', 'A fifth server joins: nobody moves, and it fills up fast', true, (rng) => {
    const s: AffinitySpec = spec({
      servers: serverIds(4),
      events: [{ time: rng.range(140_000, 160_000), kind: 'scale-out', server: 'app-5' }],
      traffic: { ...BASE_TRAFFIC, durationMs: 260_000 },
    });
    return { ...s, catchUp: { share: 0.8, withinMs: meanSessionLifeMs(s) / 2 } };
  }),
  affinityScenario('failover-and-recovery', 'Servers fail and recover; moved sessions stay where they moved', true, (rng) => {
    const servers = serverIds(4);
    return spec({ servers, events: failures(rng, servers, 2, 40_000, 120_000) });
  }),
  affinityScenario('quick-recovery', 'A server fails and is back within the idle timeout; new sessions fill it', true, (rng) => {
    // Back before its clients return: a table that ends a departed server's
    // sessions only when their clients come back still counts them on it.
    const servers = serverIds(4);
    const events: ServerEvent[] = [];
    for (const [k, server] of rng.shuffle(servers).slice(0, 2).entries()) {
      const at = rng.range(50_000, 60_000) + k * 60_000;
      events.push({ time: at, kind: 'fail', server }, { time: at + rng.range(2_000, 6_000), kind: 'recover', server });
    }
    return spec({ servers, events, traffic: { ...BASE_TRAFFIC, meanThinkMs: 8000, durationMs: 200_000 } });
  }),
  affinityScenario('forged-cookies', 'Forged, tampered, empty and oversized cookies', true, () =>
    spec({ servers: serverIds(4), population: { users: 3000, forgerShare: 0.3, cookiesDisabledShare: 0.1 }, traffic: { ...BASE_TRAFFIC, forgeChance: 0.5 } }),
  ),
  affinityScenario('opaque-cookies', 'Cookie values reveal no server, across twelve servers', true, () =>
    spec({ servers: serverIds(12), traffic: { ...BASE_TRAFFIC, durationMs: 90_000 } }),
  ),
  affinityScenario(
    'long-run',
    'Everything at once: NAT, mobile users, forgers, failures and a scale-out',
    true,
    (rng) => {
      const servers = serverIds(6);
      return spec({
        servers,
        events: [...failures(rng, servers, 2, 60_000, 200_000), { time: rng.range(100_000, 200_000), kind: 'scale-out', server: 'app-7' }],
        population: { users: 6000, addresses: 'mixed', natShare: 0.1, mobileShare: 0.2, forgerShare: 0.05, cookiesDisabledShare: 0.05, zipfS: 0.8 },
        traffic: { ...BASE_TRAFFIC, sessionsPerSecond: 15, durationMs: 300_000 },
      });
    },
    10_000,
  ),
];
