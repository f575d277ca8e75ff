/**
 * bounded-load: consistent hashing with bounded loads (Mirrokni, Thorup and
 * Zadimoghaddam, 2016). The key is the client address; no server may hold
 * more than ceil(loadFactor × active keys / N) right after a placement, and
 * active keys keep their server.
 */
import type { ExerciseDefinition } from '../../scenario';
import { consistentWithoutPressure, deterministicOverflow, homeShare } from './placement';
import { churnScenario, flashCrowdScenario } from './scenarios';

export const definition: ExerciseDefinition = {
  id: 'bounded-load',
  title: 'Consistent hashing with bounded loads',
  exportName: 'createBalancer',
  scenarios: [
    churnScenario({
      id: 'bound-holds',
      title: 'Sample: 400 users over 5 servers, loadFactor 1.25',
      hidden: false,
      servers: 5,
      loadFactor: 1.25,
      keys: 400,
      spanMs: 600_000,
      meanRequests: 6,
      churn: false,
    }),
    flashCrowdScenario({
      id: 'small-flash-crowd',
      title: 'Sample: 60 keys that hash to one server arrive at once',
      hidden: false,
      servers: 5,
      loadFactor: 1.5,
      background: 200,
      crowd: 60,
    }),
    flashCrowdScenario({
      id: 'flash-crowd',
      title: '250 keys that hash to one of 10 servers arrive within 10 seconds',
      hidden: true,
      servers: 10,
      loadFactor: 1.25,
      background: 800,
      crowd: 250,
    }),
    churnScenario({
      id: 'bound-under-churn',
      title: '2,000 users while a server fails, recovers, one joins and one is removed',
      hidden: true,
      servers: 8,
      loadFactor: 1.5,
      keys: 2000,
      spanMs: 1_800_000,
      meanRequests: 6,
      churn: true,
    }),
    churnScenario({
      id: 'active-keys-stay',
      title: 'Long sessions under a tight bound: active keys never move',
      hidden: true,
      servers: 6,
      loadFactor: 1.125,
      keys: 1500,
      spanMs: 600_000,
      meanRequests: 20,
      churn: true,
    }),
    homeShare,
    consistentWithoutPressure,
    deterministicOverflow,
  ],
};
