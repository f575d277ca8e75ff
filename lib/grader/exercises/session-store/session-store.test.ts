// Starter, 50-seed reference and alternative, wrong solutions and determinism: ../exercises.test.ts.
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../sim/random';
import { compileOrThrow, gradeJs, learnerJs, readLearnerFile } from '../../kit/learner-files';
import { definition } from './index';
import { deriveTokens } from './derived-tokens';
import { estimateRandomBits } from './token-entropy';

describe('session-store suite', () => {
  it('reports what a sticky in-memory design would have lost, and the store calls per request', () => {
    const [result] = gradeJs(definition, learnerJs('session-store', 'solution.ts'), 5, 'server-crashes');
    expect(result.status).toBe('passed');
    expect(Number(result.metrics['carts lost by a sticky in-memory baseline'])).toBeGreaterThan(0);
    expect(Number(result.metrics['store calls per request'])).toBeGreaterThan(1);
    expect(result.series?.events.some((e) => e.kind === 'fail')).toBe(true);
  });

  it('derives neighbouring counters, other times and other server names from a token', () => {
    const tokens = deriveTokens('srv-2-cart-0041-1700', [1650], ['srv-2', 'srv-3']).map((c) => c.token);
    expect(tokens).toContain('srv-2-cart-0040-1700');
    expect(tokens).toContain('srv-2-cart-0041-1650');
    expect(tokens).toContain('srv-3-cart-0041-1700');
  });

  it('catches tokens made of the server name and the time the session opened', () => {
    const source = readLearnerFile('session-store', 'wrong/sequential-tokens.ts').replace('token = `cart-${next}`;', 'token = `${_server.id}-${_server.time}`;');
    expect(source).toContain('_server.time}`');
    for (const seed of [1, 2, 3]) {
      const [result] = gradeJs(definition, compileOrThrow(source, 'time-token'), seed, 'derived-tokens');
      expect(result.status, `seed ${seed}`).toBe('failed');
    }
  });

  it('tells the learner which server handled the previous request when a cart is stale', () => {
    const [result] = gradeJs(definition, learnerJs('session-store', 'wrong/memory-only.ts'), 2, 'carts-across-servers');
    expect(result.status).toBe('failed');
    expect(result.message).toMatch(/previous request \(request \d+\) was handled by \w+-\d+/);
  });

  it('estimates the random bits of a token from two runs with different random sources', () => {
    const rng = createRng(7);
    const hex = () => Array.from({ length: 16 }, () => rng.int(16).toString(16)).join('');
    // 16 random hex characters behind a counter both runs share: 64 bits; the counter adds none.
    const pairs = Array.from({ length: 200 }, (_, k) => [`n${k}-${hex()}`, `n${k}-${hex()}`] as const);
    const random = estimateRandomBits(pairs);
    expect(random.bits).toBeGreaterThanOrEqual(62);
    expect(random.bits).toBeLessThanOrEqual(64);
    expect(estimateRandomBits(pairs.map(([a]) => [a, a] as const)).bits).toBe(0);
  });
});
