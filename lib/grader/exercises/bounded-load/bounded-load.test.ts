// Starter, 50-seed reference and alternative, wrong solutions and determinism: ../exercises.test.ts.
import { describe, expect, it } from 'vitest';
import { gradeJs, learnerJs } from '../../kit/learner-files';
import { definition } from './index';

describe('bounded-load suite', () => {
  it('spreads the flash crowd over several servers with the reference', () => {
    const [result] = gradeJs(definition, learnerJs('bounded-load', 'solution.ts'), 11, 'flash-crowd');
    expect(result.status).toBe('passed');
    expect(Number(result.metrics['servers the crowd reached'])).toBeGreaterThan(1);
    expect(result.series?.times.length).toBeGreaterThan(10);
  });

  it('names the cap when a crowd piles onto one server', () => {
    const [result] = gradeJs(definition, learnerJs('bounded-load', 'wrong/no-bound.ts'), 11, 'flash-crowd');
    expect(result.message).toMatch(/no server may hold more than ceil\(1\.25 × \d+ \/ 10\) = \d+/);
  });
});
