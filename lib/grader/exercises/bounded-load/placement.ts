/**
 * Where keys are placed: mostly on their home server under uniform load,
 * consistently (replicas agree, a removal moves only the removed server's
 * keys) when there is no load pressure, and deterministically when there is.
 */
import { round } from '../../kit/stats';
import { GuardedBalancer } from '../../guard/balancer';
import { NO_COOKIES, percent, serverNames } from '../../kit/hash-fleet';
import { drive, probeHomes } from './drive';
import { freshKeys, IDLE_MS, outcomeOf } from './scenarios';
import { sessions, timeline } from './traffic';
import { defineScenario, failed, passed } from '../../kit/scenario';

/** docs/exercises.md: with uniform keys at least 80% of keys sit on their home server. */
export const HOME_SHARE_MIN = 0.8;
/** Keys allowed to move between servers that stayed when one is removed (as in consistent-hash). */
const STAYING_LIMIT = 0.01;

export const homeShare = defineScenario(
  { id: 'home-share', title: 'Uniform keys: at least 80% are placed on their home server', hidden: true },
  (ctx, rng) => {
    const servers = serverNames(rng.fork('fleet'), 10);
    const loadFactor = 1.25;
    const keys = freshKeys(rng.fork('keys'), 3000);
    const homes = probeHomes(ctx.freshModule(), keys, servers, loadFactor, IDLE_MS);
    const steps = sessions(rng.fork('sessions'), { keys, start: 0, span: 1_200_000, meanRequests: 6, meanThinkMs: 10_000 });
    const result = drive(ctx.freshModule(), timeline(steps), { loadFactor, idleTimeoutMs: IDLE_MS, initialServers: servers, homes });
    const share = result.placements === 0 ? 0 : result.atHome / result.placements;
    if (result.failure) return outcomeOf(result, loadFactor);
    const metrics = { placements: result.placements, 'home-server share': percent(share), loadFactor };
    if (share < HOME_SHARE_MIN) {
      return failed(
        `Only ${percent(share)} of ${result.placements.toLocaleString('en-US')} placements went to the key's home server (where a fresh balancer with no load puts it); ` +
          `at least ${percent(HOME_SHARE_MIN)} is expected with uniform keys and loadFactor ${loadFactor}. Start from the home server and move on only when it is full.`,
        metrics,
      );
    }
    return passed(`${percent(share)} of the placements went to the key's home server (at least ${percent(HOME_SHARE_MIN)} expected).`, metrics);
  },
);

export const consistentWithoutPressure = defineScenario(
  { id: 'consistent-no-pressure', title: 'Without load pressure: replicas agree, and a removal moves only its keys', hidden: true },
  (ctx, rng) => {
    const servers = serverNames(rng.fork('fleet'), 8);
    // loadFactor = N makes the cap ceil(m) = m: never binding, so every key goes home.
    const options = { loadFactor: servers.length, idleTimeoutMs: IDLE_MS };
    const keys = freshKeys(rng.fork('keys'), 3000);
    const a = new GuardedBalancer(ctx.freshModule(), [options]);
    const b = new GuardedBalancer(ctx.freshModule(), [options]);
    const orderB = rng.shuffle(servers);
    a.setServers(servers);
    b.setServers(orderB);
    const first: string[] = [];
    for (let i = 0; i < keys.length; i++) {
      const request = { time: i, clientIp: keys[i], cookies: NO_COOKIES };
      const onA = a.route(request, i).server;
      const onB = b.route(request, i).server;
      if (onA !== onB) {
        return failed(
          `Key ${keys[i]} was placed on ${onA} by one balancer and on ${onB} by another given the same servers in another order ` +
            `([${servers.join(', ')}] and [${orderB.join(', ')}]), with no load pressure (loadFactor ${options.loadFactor}). Placement must depend only on the key, the set and the loads.`,
          { keys: i + 1 },
        );
      }
      first.push(onA);
    }
    const removed = rng.pick(servers);
    a.setServers(rng.shuffle(servers.filter((s) => s !== removed)));
    // Every key has gone idle: each is placed afresh, with the removed server gone.
    const later = keys.length + IDLE_MS * 2;
    let betweenStaying = 0;
    let example = -1;
    let example2 = '';
    for (let i = 0; i < keys.length; i++) {
      const server = a.route({ time: later + i, clientIp: keys[i], cookies: NO_COOKIES }, keys.length + i).server;
      if (first[i] !== removed && server !== first[i]) {
        betweenStaying++;
        if (example < 0) {
          example = i;
          example2 = server;
        }
      }
    }
    const metrics = { keys: keys.length, agreement: '100%', 'moved between servers that stayed': percent(betweenStaying / keys.length) };
    if (betweenStaying > STAYING_LIMIT * keys.length) {
      return failed(
        `Key ${keys[example]} was on ${first[example]}, which is still in the set, but went to ${example2} after ${removed} was removed ` +
          `(no load pressure, every key idle and placed afresh). ${percent(betweenStaying / keys.length)} of the keys moved between servers that stayed; the limit is ${percent(STAYING_LIMIT)}. ` +
          'Place keys by consistent hashing (a ring or rendezvous), not modulo the number of servers.',
        metrics,
      );
    }
    return passed(`Both replicas agreed on all ${keys.length.toLocaleString('en-US')} keys, and removing ${removed} moved only its keys.`, metrics);
  },
);

export const deterministicOverflow = defineScenario(
  { id: 'deterministic-overflow', title: 'Under pressure, two balancers fed the same requests make the same placements', hidden: true },
  (ctx, rng) => {
    const servers = serverNames(rng.fork('fleet'), 6);
    const loadFactor = 1.25;
    const keys = freshKeys(rng.fork('keys'), 1500);
    // Long sessions arriving fast: far more keys than the servers' fair share fit at home.
    const steps = timeline(sessions(rng.fork('sessions'), { keys, start: 0, span: 300_000, meanRequests: 10, meanThinkMs: 10_000 }));
    const options = { loadFactor, idleTimeoutMs: IDLE_MS, initialServers: servers };
    const one = drive(ctx.freshModule(), steps, options);
    if (one.failure) return outcomeOf(one, loadFactor);
    const two = drive(ctx.freshModule(), steps, options);
    if (two.failure) return outcomeOf(two, loadFactor);
    const metrics = { requests: one.requests, placements: one.placements, loadFactor };
    for (let i = 0; i < one.decisions.length; i++) {
      if (one.decisions[i] !== two.decisions[i]) {
        const step = steps[i];
        const key = step.kind === 'request' ? step.key : '?';
        return failed(
          `Request ${i + 1} from ${key} went to ${one.decisions[i]} on one balancer and to ${two.decisions[i]} on another, both fed exactly the same requests in the same order. ` +
            'Overflow must be deterministic (walk the ring clockwise, or take the next-best rendezvous score), never random: balancer replicas must agree.',
          metrics,
        );
      }
    }
    return passed(`Both balancers made the same ${one.placements.toLocaleString('en-US')} placements (worst max/mean after a placement ${round(one.worstRatio, 2)}).`, metrics);
  },
);
