/**
 * Tokens must hold enough randomness, whatever their scheme. The same
 * traffic (same users, actions, times and servers) is replayed on two
 * worlds whose modules draw from different random sources. Whatever a token
 * derives from public facts (a counter, a time, a server name, a hash of
 * those) comes out the same in both runs; only its random part differs. So
 * the characters that differ between the two runs' tokens for the same
 * request are the random ones, and how many values each such position takes
 * estimates the random bits a token holds. Hashing public facts hides them
 * from derived-tokens' attacker but not from this check: the tokens do not
 * change at all.
 */
import { clip } from '../../guard/describe';
import { serverNames } from '../../kit/hash-fleet';
import { randomAction, Shoppers, type Shopper } from './shoppers';
import { CartWorld } from './cart-world';
import type { CartRequestData } from './cart';
import { defineScenario, failed, passed } from '../../kit/scenario';

const SESSIONS = 200;
/** docs/exercises.md asks for 64 random bits; the estimate may read a little low (a last base64 character carries 2 bits, not 6). */
export const MIN_RANDOM_BITS = 62;
/** A position counts as random when the two runs differ there for at least this share of tokens (one random bit differs half the time). */
const DIFFER_SHARE = 0.25;

type Pairs = readonly (readonly [string, string])[];

/**
 * Estimated random bits per token, from pairs of tokens issued for the same
 * request under two random sources. Characters are compared by position
 * from the start and, separately, from the end, and the lower estimate is
 * kept: a counter that grows a digit shifts whatever follows it, which
 * alignment from the other end does not see.
 */
export function estimateRandomBits(pairs: Pairs): { bits: number; positions: number } {
  const forward = alignedEstimate(pairs);
  const reverse = alignedEstimate(pairs.map(([a, b]) => [[...a].reverse().join(''), [...b].reverse().join('')] as const));
  return reverse.bits < forward.bits ? reverse : forward;
}

function alignedEstimate(pairs: Pairs): { bits: number; positions: number } {
  const length = Math.max(0, ...pairs.map(([a, b]) => Math.max(a.length, b.length)));
  let bits = 0;
  let positions = 0;
  for (let p = 0; p < length; p++) {
    let both = 0;
    let differ = 0;
    const seen = new Set<string>();
    for (const [a, b] of pairs) {
      if (p < a.length) seen.add(a[p]);
      if (p < b.length) seen.add(b[p]);
      if (p >= a.length || p >= b.length) continue;
      both++;
      if (a[p] !== b[p]) differ++;
    }
    if (both === 0 || differ < DIFFER_SHARE * both) continue;
    positions++;
    bits += Math.log2(seen.size);
  }
  return { bits, positions };
}

export const tokenEntropy = defineScenario(
  { id: 'token-entropy', title: 'The same traffic with another random source gives other tokens, with at least 64 random bits', hidden: true },
  (ctx, rng) => {
    const servers = serverNames(rng.fork('fleet'), 3);
    const traffic = rng.fork('traffic');
    // Drawn once, replayed on both worlds: only the learner's random source differs.
    const script: { user: number; request: Omit<CartRequestData, 'sessionToken'>; elapsedMs: number }[] = [];
    for (let user = 1; user <= SESSIONS; user++) {
      script.push({ user, request: randomAction(traffic, {}), elapsedMs: traffic.range(1, 400) });
    }
    const runs = [0, 1].map(() => {
      const world = new CartWorld(ctx, servers);
      const shoppers = new Shoppers(world);
      const users = new Map<number, Shopper>();
      for (const { user, request, elapsedMs } of script) {
        const shopper = users.get(user) ?? { id: user, cart: {} };
        users.set(user, shopper);
        const problem = shoppers.visit(shopper, request, elapsedMs);
        if (problem) return { problem, tokens: [] as string[] };
      }
      return { problem: null, tokens: script.map(({ user }) => users.get(user)!.token as string) };
    });
    for (const run of runs) if (run.problem) return failed(run.problem, { sessions: SESSIONS });
    const pairs = runs[0].tokens.map((t, i) => [t, runs[1].tokens[i]] as const);
    const same = pairs.filter(([a, b]) => a === b).length;
    const { bits, positions } = estimateRandomBits(pairs);
    const metrics = { sessions: SESSIONS, 'tokens equal in both runs': same, 'random bits (estimate)': Math.round(bits) };
    const [a, b] = pairs[0];
    const shown = (t: string) => JSON.stringify(clip(t, 40));
    if (same === pairs.length) {
      return failed(
        `The same ${SESSIONS} requests, replayed with another random source, got the very same tokens (the first was ${shown(a)} both times). ` +
          'Your tokens are computed from facts anyone can know (server, time, a counter), hashed or not, so anyone can compute them. ' +
          'Draw them from crypto: crypto.randomUUID() or 16 bytes of crypto.getRandomValues in hex.',
        metrics,
      );
    }
    if (bits < MIN_RANDOM_BITS) {
      return failed(
        `Replayed with another random source, the same requests got tokens that differ in only ${positions} character position${positions === 1 ? '' : 's'} ` +
          `(the first session: ${shown(a)} then ${shown(b)}): about ${Math.round(bits)} random bits, below the 64 required. ` +
          'The rest is derived from public facts an attacker can enumerate. Make the whole token random: 128 bits from crypto.',
        metrics,
      );
    }
    return passed(`The same ${SESSIONS} requests with another random source got other tokens, about ${Math.round(bits)} random bits each (at least 64 required).`, metrics);
  },
);
