import { describe, expect, it } from 'vitest';
import { definition } from './index';
import { compileOrThrow, describeFailures, gradeJs, readLearnerFile, wrongSolutions } from './learner-files';

const SEEDS = Array.from({ length: 50 }, (_, i) => i + 1);
const js = (file: string) => compileOrThrow(readLearnerFile('ip-hash', file), file);

describe('ip-hash suite', () => {
  it('has at least 2 visible samples and 6 hidden scenarios with unique ids', () => {
    const ids = definition.scenarios.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(definition.scenarios.filter((s) => !s.hidden).length).toBeGreaterThanOrEqual(2);
    expect(definition.scenarios.filter((s) => s.hidden).length).toBeGreaterThanOrEqual(6);
  });

  it('fails the starter', () => {
    const results = gradeJs(definition, js('starter.ts'), 1);
    expect(results.some((r) => r.status !== 'passed')).toBe(true);
  });

  for (const file of ['solution.ts', 'alternative.ts']) {
    it(`passes ${file} on 50 seeds`, () => {
      const code = js(file);
      for (const seed of SEEDS) {
        const results = gradeJs(definition, code, seed);
        expect(describeFailures(results), `seed ${seed}`).toBe('');
      }
    });
  }

  for (const wrong of wrongSolutions('ip-hash')) {
    it(`fails ${wrong.file} on ${wrong.expectFail}`, () => {
      const code = js(wrong.file);
      for (const seed of SEEDS.slice(0, 10)) {
        const [result] = gradeJs(definition, code, seed, wrong.expectFail);
        expect(result, `no scenario ${wrong.expectFail}`).toBeDefined();
        expect(result.status, `seed ${seed}: ${result.message}`).not.toBe('passed');
      }
    });
  }

  it('reports the NAT imbalance as an insight, not a failure', () => {
    const [result] = gradeJs(definition, js('solution.ts'), 7, 'nat-insight');
    expect(result.status).toBe('passed');
    expect(result.insight).toMatch(/max\/mean users per server is 3\.\d/);
    expect(result.series?.servers.length).toBe(10);
  });

  it('replays a seed exactly', () => {
    const code = js('solution.ts');
    const strip = (rs: ReturnType<typeof gradeJs>) => rs.map(({ durationMs: _d, ...r }) => r);
    expect(strip(gradeJs(definition, code, 42))).toEqual(strip(gradeJs(definition, code, 42)));
  });
});
