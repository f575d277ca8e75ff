// Starter, 50-seed reference and alternative, wrong solutions and determinism: ../exercises.test.ts.
import { describe, expect, it } from 'vitest';
import { definition } from './index';
import { gradeJs, learnerJs } from '../../kit/learner-files';

describe('ip-hash suite', () => {
  it('reports the NAT imbalance as an insight, not a failure', () => {
    const [result] = gradeJs(definition, learnerJs('ip-hash', 'solution.ts'), 7, 'nat-insight');
    expect(result.status).toBe('passed');
    expect(result.insight).toMatch(/max\/mean users per server is 3\.\d/);
    expect(result.series?.servers.length).toBe(10);
  });
});
