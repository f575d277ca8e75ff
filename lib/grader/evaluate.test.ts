import { describe, expect, it } from 'vitest';
import { compileLearnerCode } from './compile';
import { evaluateModule, learnerLineOf } from './evaluate';
import { LearnerError } from './scenario';

function js(source: string): string {
  const result = compileLearnerCode(source);
  if (!result.ok) throw new Error(result.message);
  return result.js;
}

describe('evaluateModule', () => {
  it('runs the module afresh each time: module-level state does not leak', () => {
    const code = js('let calls = 0;\nexport function count() { return ++calls; }');
    const first = evaluateModule(code, 1);
    expect((first.count as () => number)()).toBe(1);
    expect((first.count as () => number)()).toBe(2);
    const second = evaluateModule(code, 1);
    expect((second.count as () => number)()).toBe(1);
  });

  it('seeds Math.random, so a seed replays the same draws', () => {
    const code = js('export const draws = [Math.random(), Math.random()];\nexport const floor = Math.floor(2.5);');
    expect(evaluateModule(code, 7).draws).toEqual(evaluateModule(code, 7).draws);
    expect(evaluateModule(code, 7).draws).not.toEqual(evaluateModule(code, 8).draws);
    expect(evaluateModule(code, 7).floor).toBe(2);
  });

  it('turns a throw at load time into a LearnerError', () => {
    const code = js('const x: any = undefined;\nexport const y = x.field;');
    expect(() => evaluateModule(code, 1)).toThrow(LearnerError);
    expect(() => evaluateModule(code, 1)).toThrow(/threw while loading/);
  });

  it('maps a stack frame back to the line of the learner file', () => {
    const code = js('export function boom() {\n  const x: any = null;\n  return x.y;\n}');
    const { boom } = evaluateModule(code, 1) as { boom: () => void };
    try {
      boom();
    } catch (e) {
      expect(learnerLineOf(e)).toBe(3);
    }
    expect.assertions(1);
  });
});
