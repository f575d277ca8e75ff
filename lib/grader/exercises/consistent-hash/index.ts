/**
 * consistent-hash: minimal disruption when servers come and go. The key is
 * the client address; the mapping must be a pure function of the key and
 * the server set, balanced, cheap per route, and move few keys on change.
 */
import type { ExerciseDefinition } from '../../scenario';
import { balanceScenario } from './balance';
import { disruptionScenario } from './disruption';
import { largeRing } from './performance';
import { historyIndependent, orderIndependent } from './purity';

export const definition: ExerciseDefinition = {
  id: 'consistent-hash',
  title: 'Consistent hashing',
  exportName: 'createBalancer',
  scenarios: [
    balanceScenario({ id: 'balance-10', title: 'Sample: 10,000 keys over 10 servers', hidden: false, sets: 1 }),
    disruptionScenario({ id: 'add-server', title: 'Sample: a server joins 10 others', hidden: false, change: 'add', servers: 10 }),
    balanceScenario({ id: 'balance-several-sets', title: '10,000 keys over four other sets of 10 servers', hidden: true, sets: 4 }),
    disruptionScenario({ id: 'add-server-any-size', title: 'A server joins a fleet of 5 to 20', hidden: true, change: 'add', servers: [5, 20] }),
    disruptionScenario({ id: 'remove-server', title: 'A server leaves a fleet of 6 to 20', hidden: true, change: 'remove', servers: [6, 20] }),
    orderIndependent,
    historyIndependent,
    largeRing,
  ],
};
