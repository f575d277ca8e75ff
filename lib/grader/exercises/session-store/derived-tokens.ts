/**
 * An attacker who derives tokens from its own: sequential counters, times
 * and server names are all guessable. The attacker opens sessions between
 * the victims', then tries small changes of the numbers in its own token,
 * other requests' times in their place, and other servers' names.
 */
import { clip } from '../../guard/describe';
import { serverNames } from '../../kit/hash-fleet';
import { describeCart } from './cart';
import { checkStranger } from './forged-tokens';
import { randomAction, Shoppers, type Shopper } from './shoppers';
import { CartWorld } from './cart-world';
import { defineScenario, failed, passed } from '../../kit/scenario';

const NUMBER_STEPS = 200;
const HEX_STEPS = 64;

interface Candidate {
  token: string;
  how: string;
}

/** Tokens an attacker would try from its own token `own`. */
export function deriveTokens(own: string, times: readonly number[], servers: readonly string[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of own.matchAll(/\d+/g)) {
    const run = m[0];
    const at = m.index ?? 0;
    if (run.length > 16) continue;
    const value = Number(run);
    const splice = (text: string) => own.slice(0, at) + text + own.slice(at + run.length);
    const pad = (n: number) => (run.startsWith('0') ? String(n).padStart(run.length, '0') : String(n));
    // Nearest first, as an attacker would try them: +1, -1, +2, -2, ...
    for (let step = 1; step <= NUMBER_STEPS; step++) {
      out.push({ token: splice(pad(value + step)), how: `adding ${step} to the number ${run} in it` });
      if (value - step >= 0) out.push({ token: splice(pad(value - step)), how: `subtracting ${step} from the number ${run} in it` });
    }
    for (const t of times) out.push({ token: splice(String(t)), how: `putting the time ${t} (another request's) in place of ${run}` });
  }
  for (const m of own.matchAll(/[0-9a-f]{4,12}/gi)) {
    const run = m[0];
    const at = m.index ?? 0;
    const value = parseInt(run, 16);
    const splice = (n: number) => own.slice(0, at) + n.toString(16).padStart(run.length, '0') + own.slice(at + run.length);
    for (let step = 1; step <= HEX_STEPS; step++) {
      out.push({ token: splice(value + step), how: `adding ${step} to the hex number ${run} in it` });
      if (value - step >= 0) out.push({ token: splice(value - step), how: `subtracting ${step} from the hex number ${run} in it` });
    }
  }
  // A token may name the server that issued it: try every variant on every other server too.
  const variants: Candidate[] = [];
  for (const s of servers) {
    if (!own.includes(s)) continue;
    for (const other of servers) {
      if (other === s) continue;
      variants.push({ token: own.split(s).join(other), how: `replacing the server name ${s} with ${other}` });
      for (const c of out) if (c.token.includes(s)) variants.push({ token: c.token.split(s).join(other), how: `${c.how} and replacing the server name ${s} with ${other}` });
    }
  }
  return out.concat(variants);
}

export const derivedTokens = defineScenario(
  { id: 'derived-tokens', title: 'An attacker derives tokens from its own (counters, times, server names) and reaches no other cart', hidden: true },
  (ctx, rng) => {
    const servers = serverNames(rng.fork('fleet'), 3);
    const world = new CartWorld(ctx, servers);
    const shoppers = new Shoppers(world);
    const traffic = rng.fork('traffic');
    const victims: Shopper[] = [];
    const attackerTokens: string[] = [];
    const times: number[] = [];
    // Victims and the attacker open sessions in turn, so their tokens are neighbours.
    for (let round = 0; round < 8; round++) {
      for (let v = 0; v < 6; v++) {
        const victim: Shopper = { id: victims.length + 1, cart: {} };
        victims.push(victim);
        for (let r = 0; r < 3; r++) {
          const problem = shoppers.visit(victim, r === 0 ? { action: 'add', item: 'book', quantity: 1 } : randomAction(traffic, victim.cart), traffic.range(1, 400));
          if (problem) return failed(problem, { requests: world.requests });
          // The time a session was opened is the one a time-based token would hold.
          if (r === 0) times.push(world.time);
        }
      }
      const attacker: Shopper = { id: 1000 + round, cart: {} };
      const problem = shoppers.visit(attacker, { action: 'view' }, traffic.range(1, 400));
      if (problem) return failed(problem, { requests: world.requests });
      attackerTokens.push(attacker.token as string);
    }
    const victimOf = new Map<string, Shopper>();
    for (const v of victims) victimOf.set(v.token as string, v);
    // How many candidates a token yields depends on its text, which a service
    // drawing from crypto makes unreplayable; metrics therefore count what is fixed.
    const metrics = { victims: victims.length, 'attacker sessions': attackerTokens.length };
    for (const own of attackerTokens) {
      const candidates = deriveTokens(own, times, servers);
      for (const c of candidates) {
        const victim = victimOf.get(c.token);
        if (victim) {
          return failed(
            `The attacker's own token ${JSON.stringify(clip(own, 40))} becomes ${JSON.stringify(clip(c.token, 40))} by ${c.how}, and that is the token of user ${victim.id}, ` +
              `whose cart is ${describeCart(victim.cart)}: anyone could read and change it. Tokens must be unguessable: 128 random bits ` +
              '(crypto.getRandomValues or crypto.randomUUID), not counters, times or server names.',
            metrics,
          );
        }
      }
      // Some of them are sent for real: the service must treat each as unknown.
      for (const c of candidates.filter((_, i) => i % Math.max(1, Math.floor(candidates.length / 10)) === 0).slice(0, 10)) {
        const problem = checkStranger(world, shoppers, c.token, `the attacker, with a token made by ${c.how}`, traffic);
        if (problem) return failed(problem, metrics);
      }
    }
    return passed(
      `None of the tokens derived from the attacker's ${attackerTokens.length} own tokens (numbers in them ±${NUMBER_STEPS}, other requests' times, other servers' names) was another user's.`,
      metrics,
    );
  },
);
