import { describe, expect, it } from 'vitest';
import { definition } from './index';
import { gradeJs } from './learner-files';
import { learnerJs, sharedSuiteTests } from './suite-tests';

describe('ip-hash suite', () => {
  sharedSuiteTests(definition);

  it('reports the NAT imbalance as an insight, not a failure', () => {
    const [result] = gradeJs(definition, learnerJs('ip-hash', 'solution.ts'), 7, 'nat-insight');
    expect(result.status).toBe('passed');
    expect(result.insight).toMatch(/max\/mean users per server is 3\.\d/);
    expect(result.series?.servers.length).toBe(10);
  });
});
