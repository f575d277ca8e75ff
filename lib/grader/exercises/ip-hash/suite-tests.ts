/**
 * The vitest checks every exercise of this folder family shares: the suite
 * has enough visible and hidden scenarios, the starter fails, the reference
 * and the alternative pass on 50 seeds, every wrong solution fails on the
 * scenario its first line names, and a seed replays exactly. Test-only.
 */
import { expect, it } from 'vitest';
import type { ExerciseDefinition } from '../../scenario';
import type { ScenarioResult } from '../../types';
import { compileOrThrow, describeFailures, gradeJs, readLearnerFile, wrongSolutions } from './learner-files';

export const FIFTY_SEEDS = Array.from({ length: 50 }, (_, i) => i + 1);

export interface SuiteTestOptions {
  /** Seeds each wrong solution is graded on (default: 1..10); slow ones may use fewer. */
  wrongSeeds?: Partial<Record<string, number[]>>;
}

export function learnerJs(exercise: string, file: string): string {
  return compileOrThrow(readLearnerFile(exercise, file), `${exercise}/${file}`);
}

/** Everything but wall-clock measurements, which no seed can replay. */
const withoutTimings = (results: ScenarioResult[]) =>
  results.map(({ durationMs: _d, ...r }) => ({
    ...r,
    message: r.message.replace(/\d+ ms/g, '… ms'),
    metrics: Object.fromEntries(Object.entries(r.metrics).filter(([k]) => !/\(ms\)|µs/.test(k))),
  }));

export function sharedSuiteTests(definition: ExerciseDefinition, options: SuiteTestOptions = {}): void {
  const id = definition.id;

  it('has at least 2 visible samples and 6 hidden scenarios with unique ids', () => {
    const ids = definition.scenarios.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(definition.scenarios.filter((s) => !s.hidden).length).toBeGreaterThanOrEqual(2);
    expect(definition.scenarios.filter((s) => s.hidden).length).toBeGreaterThanOrEqual(6);
  });

  it('fails the starter', () => {
    expect(gradeJs(definition, learnerJs(id, 'starter.ts'), 1).some((r) => r.status !== 'passed')).toBe(true);
  });

  for (const file of ['solution.ts', 'alternative.ts']) {
    it(`passes ${file} on 50 seeds`, () => {
      const js = learnerJs(id, file);
      for (const seed of FIFTY_SEEDS) expect(describeFailures(gradeJs(definition, js, seed)), `seed ${seed}`).toBe('');
    });
  }

  for (const wrong of wrongSolutions(id)) {
    it(`fails ${wrong.file} on ${wrong.expectFail}`, () => {
      const js = learnerJs(id, wrong.file);
      for (const seed of options.wrongSeeds?.[wrong.file] ?? FIFTY_SEEDS.slice(0, 10)) {
        const [result] = gradeJs(definition, js, seed, wrong.expectFail);
        expect(result, `no scenario ${wrong.expectFail}`).toBeDefined();
        expect(result.status, `seed ${seed}: ${result.message}`).not.toBe('passed');
      }
    });
  }

  it('replays a seed exactly', () => {
    const js = learnerJs(id, 'solution.ts');
    expect(withoutTimings(gradeJs(definition, js, 42))).toEqual(withoutTimings(gradeJs(definition, js, 42)));
  });
}
