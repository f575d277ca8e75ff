import { describe, expect, it } from 'vitest';
import { gradeJs } from '../ip-hash/learner-files';
import { FIFTY_SEEDS, learnerJs, sharedSuiteTests } from '../ip-hash/suite-tests';
import { compileOrThrow, readLearnerFile } from '../ip-hash/learner-files';
import { definition } from './index';

describe('consistent-hash suite', () => {
  // The linear scan runs until the routing limit (7.5 s) each time: one seed is enough.
  sharedSuiteTests(definition, { wrongSeeds: { 'wrong/linear-scan.ts': [1] } });

  it('passes a ring with 100 virtual points per server (the contract says 100+ passes)', () => {
    const source = readLearnerFile('consistent-hash', 'solution.ts').replace('POINTS_PER_SERVER = 160', 'POINTS_PER_SERVER = 100');
    expect(source).toContain('POINTS_PER_SERVER = 100');
    const js = compileOrThrow(source, 'ring-100');
    for (const seed of FIFTY_SEEDS) {
      for (const r of gradeJs(definition, js, seed).filter((r) => r.id !== 'large-ring-performance')) {
        expect(r.status, `seed ${seed} ${r.id}: ${r.message}`).toBe('passed');
      }
    }
  });

  it('reports that a mod-N balancer moves keys between servers that stayed', () => {
    const [result] = gradeJs(definition, learnerJs('consistent-hash', 'wrong/mod-n.ts'), 3, 'add-server');
    expect(result.message).toMatch(/which is still in the set, but moved to/);
  });
});
