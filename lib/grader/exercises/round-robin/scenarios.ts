/**
 * The round-robin suite. Each scenario is a plan of request bursts and
 * server-set changes; bursts have random lengths so that changes land
 * mid-round, where resetting or re-indexing the rotation shows.
 */
import { createRng, type Rng } from '../../../sim/random';
import { serverIds } from '../../../sim/servers';
import type { ScenarioDefinition } from '../../scenario';
import { drivePlan, type PlanStep } from './drive';

const BUDGET_MS = 2000;

function scenario(id: string, title: string, hidden: boolean, plan: (rng: Rng) => PlanStep[], budgetMs = BUDGET_MS): ScenarioDefinition {
  return {
    id,
    title,
    hidden,
    budgetMs,
    run(ctx) {
      const rng = createRng(ctx.seed);
      return drivePlan(ctx, rng.fork('traffic'), plan(rng.fork('plan')));
    },
  };
}

/** A burst that ends mid-round: not a multiple of the set size. */
function midRound(rng: Rng, size: number): number {
  return size * rng.range(1, 4) + rng.range(1, Math.max(1, size - 1));
}

export const scenarios: ScenarioDefinition[] = [
  scenario('sample-three-servers', 'Sample: three servers, thirty requests', false, () => [
    { servers: ['app-1', 'app-2', 'app-3'] },
    { requests: 30 },
  ]),
  scenario('sample-server-fails', 'Sample: a server fails and recovers', false, () => [
    { servers: ['app-1', 'app-2', 'app-3', 'app-4'] },
    { requests: 10 },
    { servers: ['app-1', 'app-3', 'app-4'], kind: 'fail', label: 'app-2 fails' },
    { requests: 10 },
    { servers: ['app-1', 'app-2', 'app-3', 'app-4'], kind: 'recover', label: 'app-2 recovers' },
    { requests: 10 },
  ]),
  scenario('stable-rotation', 'A stable set: every H consecutive requests reach H servers', true, (rng) => {
    const servers = rng.shuffle(serverIds(rng.range(3, 8)));
    return [{ servers }, { requests: 3000 }];
  }),
  scenario('single-server', 'One server, then two, then one again', true, (rng) => [
    { servers: ['app-1'] },
    { requests: rng.range(3, 9) },
    { servers: rng.shuffle(['app-1', 'app-2']), kind: 'scale-out' },
    { requests: rng.range(5, 11) },
    { servers: ['app-2'], kind: 'remove' },
    { requests: rng.range(3, 9) },
  ]),
  scenario('shrink-mid-round', 'Servers leave in the middle of a round', true, (rng) => {
    let servers = serverIds(8);
    const plan: PlanStep[] = [{ servers: rng.shuffle(servers) }];
    while (servers.length > 2) {
      plan.push({ requests: midRound(rng, servers.length) });
      const gone = rng.pick(servers);
      servers = servers.filter((s) => s !== gone);
      plan.push({ servers: rng.shuffle(servers), kind: 'remove', label: `${gone} removed` });
    }
    plan.push({ requests: 20 });
    return plan;
  }),
  scenario('grow-mid-round', 'Servers join in the middle of a round', true, (rng) => {
    const servers = serverIds(2);
    const plan: PlanStep[] = [{ servers: servers.slice() }];
    for (let next = 3; next <= 9; next++) {
      plan.push({ requests: midRound(rng, servers.length) });
      servers.push(`app-${next}`);
      plan.push({ servers: rng.shuffle(servers), kind: 'scale-out', label: `app-${next} joins` });
    }
    plan.push({ requests: 30 });
    return plan;
  }),
  scenario('reorder-mid-round', 'The same servers, listed in a new order', true, (rng) => {
    const servers = serverIds(rng.range(4, 7));
    const plan: PlanStep[] = [{ servers: rng.shuffle(servers) }];
    for (let i = 0; i < 12; i++) {
      plan.push({ requests: midRound(rng, servers.length) });
      plan.push({ servers: rng.shuffle(servers), label: 'same set, new order' });
    }
    plan.push({ requests: 20 });
    return plan;
  }),
  scenario('server-removed', 'A removed server gets no more requests', true, (rng) => {
    const servers = serverIds(5);
    const gone = rng.pick(servers);
    const rest = servers.filter((s) => s !== gone);
    return [
      { servers },
      { requests: midRound(rng, 5) },
      { servers: rest, kind: 'remove', label: `${gone} removed` },
      { requests: 40 },
      { servers: [...rest, 'app-6'], kind: 'scale-out', label: 'app-6 joins' },
      { requests: 40 },
    ];
  }),
  scenario('churn', 'Failures, recoveries and scale-outs at random moments', true, (rng) => {
    const all = serverIds(12);
    let up = new Set(all.slice(0, 6));
    const plan: PlanStep[] = [{ servers: rng.shuffle([...up]) }];
    for (let i = 0; i < 60; i++) {
      plan.push({ requests: midRound(rng, up.size) });
      const down = all.filter((s) => !up.has(s));
      const grow = up.size <= 2 || (down.length > 0 && rng.chance(0.5));
      const server = grow ? rng.pick(down) : rng.pick([...up]);
      up = new Set(up);
      if (grow) up.add(server);
      else up.delete(server);
      plan.push({ servers: rng.shuffle([...up]), kind: grow ? 'recover' : 'fail', label: `${server} ${grow ? 'back' : 'down'}` });
    }
    plan.push({ requests: 50 });
    return plan;
  }),
  scenario('large-pool', 'Fifty servers, twenty thousand requests', true, (rng) => [
    { servers: rng.shuffle(serverIds(50)) },
    { requests: 20_000 },
  ], 4000),
];
