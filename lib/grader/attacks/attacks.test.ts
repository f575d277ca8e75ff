/**
 * Learner files that try to decide their own verdict, run in the realm the
 * grader gives them (the same code the browser worker and the CLI worker
 * run). None may pass, none may change what the grader sees, and a throw
 * from a learner value is blamed on the learner with the learner's line.
 * The CLI half (process, files, signals, forged messages) is in
 * scripts/grade-attacks.test.ts.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getExercise } from '../catalog';
import { compileLearnerCode } from '../compile';
import { evaluateModule } from '../evaluate';
import { GuardedBalancer } from '../guard/balancer';
import { runScenario } from '../run-scenario';
import type { ExerciseId } from '../types';

const FIXTURES = path.join(process.cwd(), 'lib', 'grader', 'attacks', 'fixtures');

function js(source: string): string {
  const result = compileLearnerCode(source);
  if (!result.ok) throw new Error(result.message);
  return result.js;
}

function fixture(name: string, extra = ''): string {
  return js(readFileSync(path.join(FIXTURES, name), 'utf8') + extra);
}

function grade(exercise: ExerciseId, code: string, seed = 1) {
  return getExercise(exercise)!.scenarios.map((s) => runScenario(s, code, seed));
}

describe('learner code cannot change the grader', () => {
  it('cannot patch Map, Set, Object, String, Array, JSON or Object.prototype, and a server outside the set is still refused', () => {
    const code = fixture('patch-builtins.ts');
    expect(evaluateModule(code, 1).patched).toEqual([]);
    const results = grade('round-robin', code);
    expect(results.every((r) => r.status === 'error')).toBe(true);
    expect(results[0].message).toMatch(/to "nowhere", which is not one of the servers/);
    // The grader's own intrinsics still behave.
    expect(new Set(['a']).has('b')).toBe(false);
    expect(Object.keys({ a: 1 })).toEqual(['a']);
  });

  it('gives every fresh module its own globalThis, so replicas cannot pass notes', () => {
    const code = fixture('shared-global.ts');
    expect(evaluateModule(code, 1).modulesLoaded).toBe(1);
    expect(evaluateModule(code, 2).modulesLoaded).toBe(1);
    const results = grade('ip-hash', code);
    expect(results.find((r) => r.id === 'instances-agree')?.status).toBe('failed');
    expect(results.every((r) => r.status === 'passed')).toBe(false);
  });

  it('shows learner code no stack frames at all, so it cannot tell which check is running', () => {
    const code = fixture('stack-sniff.ts');
    const { sniff } = evaluateModule(code, 1) as { sniff: () => string[] };
    const seen = sniff();
    expect(seen.join('\n')).not.toMatch(/lib\/grader|\.ts:|node_modules|rotation/);
    expect(seen).toEqual([]);
    const results = grade('round-robin', code);
    expect(results.every((r) => r.status === 'passed')).toBe(false);
  });

  it('hands each replica its own frozen copy of every request and server list', () => {
    const code = fixture('mutate-request.ts');
    const first = evaluateModule(code, 1);
    const second = evaluateModule(code, 2);
    const a = new GuardedBalancer(first);
    const b = new GuardedBalancer(second);
    const servers = ['app-1', 'app-2'];
    a.setServers(servers);
    b.setServers(servers);
    const request = { time: 10, clientIp: '198.51.100.7', cookies: { lb: 'app-2' } };
    a.route(request, 0);
    b.route(request, 0);
    expect(first.tampered).toEqual([]);
    expect(second.tampered).toEqual([]);
    expect(request).toEqual({ time: 10, clientIp: '198.51.100.7', cookies: { lb: 'app-2' } });
    expect(servers).toEqual(['app-1', 'app-2']);
    const [seenByA] = first.received as object[];
    const [seenByB] = second.received as object[];
    expect(seenByA).not.toBe(request);
    expect(seenByA).not.toBe(seenByB);
    expect(Object.isFrozen(seenByA) && Object.isFrozen((seenByA as typeof request).cookies)).toBe(true);
  });

  it('gives learner code no process, require, host global or code-from-strings escape', () => {
    const code = fixture('escape-host.ts');
    const marker = evaluateModule(code, 1).MARKER as string;
    rmSync(marker, { force: true });
    expect(evaluateModule(code, 1).reached).toEqual([]);
    expect(grade('round-robin', code).every((r) => r.status === 'passed')).toBe(false);
    expect(existsSync(marker)).toBe(false);
  });
});

describe('a learner value that throws is the learner\'s error', () => {
  it.each([
    ['getter', /Error: getter says no/],
    ['proxy', /TypeError: trap says no/],
    ['prototype-trap', /server is undefined/],
    ['to-string', /server is an object/],
    ['cookies-getter', /Error: cookie getter says no/],
    ['symbol', /a Symbol \(Symbol\(thrown symbol\)\)/],
    ['throwing-error', /route\(\) threw Error/],
  ])('%s', (kind, pattern) => {
    const code = fixture('blame.ts', `\nexport const createBalancer = makeBalancer(${JSON.stringify(kind)});\n`);
    const [sample] = grade('round-robin', code);
    expect(sample.status).toBe('error');
    expect(sample.message).not.toMatch(/grader itself failed/);
    expect(sample.message).toMatch(pattern);
  });

  it('names the learner\'s line when a throw comes from the learner\'s file', () => {
    const code = js('export function createBalancer() {\n  return {\n    setServers() {},\n    route() {\n      return { get server(): string { throw new RangeError("line five"); } };\n    },\n  };\n}\n');
    const [sample] = grade('round-robin', code);
    expect(sample.message).toMatch(/RangeError: line five \(your line 5\)/);
  });
});

describe('source text SES would refuse', () => {
  it('accepts `-->`, `<!--` and `import(` in comments, strings and code, with their meaning intact', () => {
    const code = js(
      [
        '// an arrow in a comment: client --> server, and <!-- this -->; import("nothing")',
        'export const text = "a --> b <!-- c import(d)";',
        'export const template = `x --> ${1 + 1}`;',
        'export const pattern = /-->/.test("-->");',
        'export function countDown(n: number): number { let steps = 0; while (n-->0) steps++; return steps; }',
      ].join('\n'),
    );
    const exports = evaluateModule(code, 1) as { text: string; template: string; pattern: boolean; countDown: (n: number) => number };
    expect(exports.text).toBe('a --> b <!-- c import(d)');
    expect(exports.template).toBe('x --> 2');
    expect(exports.pattern).toBe(true);
    expect(exports.countDown(3)).toBe(3);
  });
});

describe('endowments', () => {
  it('seeds Math.random, crypto and Date per module, and keeps them apart between modules', () => {
    const code = js(
      'export const draws = [Math.random(), crypto.getRandomValues(new Uint32Array(2))[0], crypto.randomUUID(), Date.now(), new Date().getTime()];\n' +
        'export const frozen = Object.isFrozen(Math) && Object.isFrozen(crypto);',
    );
    const one = evaluateModule(code, 7);
    expect(one.draws).toEqual(evaluateModule(code, 7).draws);
    expect((one.draws as unknown[]).slice(0, 3)).not.toEqual((evaluateModule(code, 8).draws as unknown[]).slice(0, 3));
    expect((one.draws as string[])[2]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(one.frozen).toBe(true);
  });
});
