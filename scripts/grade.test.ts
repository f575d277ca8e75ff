/**
 * `npm run grade` as docs/exercises.md fixes it: exit 0 when every scenario
 * passes, 1 when one fails, 2 with one line on stderr when nothing can be
 * graded; --json and --list.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const tmp = mkdtempSync(path.join(tmpdir(), 'grade-cli-'));

function grade(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/grade.ts', ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function file(name: string, text: string): string {
  const p = path.join(tmp, name);
  writeFileSync(p, text);
  return p;
}

describe('npm run grade', () => {
  it('exits 0 on the reference, with one line per scenario and the seed', () => {
    const { code, stdout } = grade('round-robin', 'content/exercises/round-robin/solution.ts', '--seed', '42');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^PASS {2}sample-three-servers/m);
    expect(stdout).toContain('PASSED (seed 42; replay with --seed 42)');
  });

  it('exits 1 on a wrong solution and prints --json as specified', () => {
    const { code, stdout } = grade('round-robin', 'content/exercises/round-robin/wrong/random-choice.ts', '--seed', '3', '--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['exercise', 'seed', 'passed', 'scenarios']);
    expect(report).toMatchObject({ exercise: 'round-robin', seed: 3, passed: false });
    expect(Object.keys(report.scenarios[0])).toEqual(['id', 'title', 'hidden', 'status', 'message', 'metrics']);
    expect(report.scenarios.find((s: { id: string }) => s.id === 'stable-rotation').status).toBe('failed');
  });

  it('exits 1 when the code throws or returns garbage', () => {
    expect(grade('round-robin', file('throws.ts', 'export function createBalancer(): Balancer { throw new Error("no"); }')).code).toBe(1);
    expect(grade('round-robin', file('garbage.ts', 'export function createBalancer() { return { setServers() {}, route() { return 42; } }; }')).code).toBe(1);
  });

  it.each([
    ['an unknown exercise', () => ['no-such-exercise', 'content/exercises/round-robin/solution.ts'], /^unknown exercise "no-such-exercise"/],
    ['a missing file', () => ['round-robin', path.join(tmp, 'nope.ts')], /^file not found: /],
    ['a syntax error', () => ['round-robin', file('syntax.ts', 'export function createBalancer( {\n')], /Syntax error at line \d+, column \d+/],
    ['an import', () => ['round-robin', file('import.ts', 'import { x } from "./y";\nexport const a = x;')], /Imports are not allowed/],
    ['no export of the factory', () => ['round-robin', file('missing.ts', 'export function makeBalancer() {}')], /does not export createBalancer, so nothing can be graded: write `export function createBalancer\(\): Balancer/],
    ['a factory that is not a function', () => ['session-store', file('not-fn.ts', 'export const createCartService = 3;')], /The export createCartService must be a function, but it is 3/],
  ])('exits 2 with one line on stderr for %s', (_what, args, pattern) => {
    const { code, stderr } = grade(...args());
    expect(code).toBe(2);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(pattern);
  });

  it('lists the exercise ids, one a line', () => {
    const { code, stdout } = grade('--list');
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toEqual(expect.arrayContaining(['round-robin', 'cookie-affinity', 'draining']));
  });
});
