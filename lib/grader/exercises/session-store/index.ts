/**
 * session-store: the stateless alternative to sticky sessions. The learner
 * writes a cart service; the grader runs one copy per server (each with its
 * own RAM), spreads requests round-robin, crashes servers, and forges tokens.
 */
import type { ExerciseDefinition } from '../../scenario';
import { unknownTokens } from './forged-tokens';
import { derivedTokens } from './derived-tokens';
import { cartSemantics, edgeSemantics } from './semantics';
import { shoppingScenario } from './shopping';
import { tokenEntropy } from './token-entropy';

export const definition: ExerciseDefinition = {
  id: 'session-store',
  title: 'Carts in a session store',
  exportName: 'createCartService',
  scenarios: [
    cartSemantics,
    shoppingScenario({ id: 'carts-across-servers', title: 'Sample: 20 users over 3 servers, round robin, no crash', hidden: false, servers: 3, users: 20, requests: 300, crashChance: 0 }),
    shoppingScenario({ id: 'many-users', title: '300 users over 4 servers, round robin', hidden: true, servers: 4, users: 300, requests: 3000, crashChance: 0 }),
    shoppingScenario({ id: 'server-crashes', title: '300 users over 4 servers while servers crash', hidden: true, servers: 4, users: 300, requests: 4000, crashChance: 0.004 }),
    shoppingScenario({ id: 'crash-storm', title: 'Two servers that crash before almost every other request', hidden: true, servers: 2, users: 50, requests: 1000, crashChance: 0.4 }),
    edgeSemantics,
    unknownTokens,
    derivedTokens,
    tokenEntropy,
  ],
};
