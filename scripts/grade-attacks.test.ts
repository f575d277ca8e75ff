/**
 * `npm run grade` against learner files that try to escape to the host:
 * reach `process`, write a file, post a forged "done", kill the host, exit
 * (lib/grader/attacks/fixtures). None passes, none writes a file, and the
 * exit code stays within the contract (0/1/2). The second wall is checked
 * too: the worker's Node process has no file-system rights even for code
 * that is not in a compartment.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WORKER_NODE_ARGS } from './grade-worker.spawn';

const MARKER = '/tmp/sticky-grader-attack-wrote-this.txt';

function grade(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/grade.ts', ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run grade against hostile learner files', () => {
  it.each([
    ['escape-host.ts', 'round-robin'],
    ['patch-builtins.ts', 'round-robin'],
    ['shared-global.ts', 'ip-hash'],
    ['stack-sniff.ts', 'round-robin'],
  ])('%s fails on %s with exit 1 and writes nothing', (name, exercise) => {
    rmSync(MARKER, { force: true });
    const { code, signal, stdout } = grade(exercise, `lib/grader/attacks/fixtures/${name}`, '--seed', '9');
    expect(signal).toBeNull();
    expect(code).toBe(1);
    expect(stdout).toMatch(/scenarios passed: FAILED/);
    expect(stdout).not.toMatch(/^0\/0/m);
    expect(existsSync(MARKER)).toBe(false);
  });

  it('runs the worker where Node itself refuses file reads and writes', () => {
    rmSync(MARKER, { force: true });
    const probe = `import fs from 'node:fs';
const out = [];
try { fs.writeFileSync(${JSON.stringify(MARKER)}, 'x'); out.push('wrote'); } catch (e) { out.push(e.code); }
try { fs.readFileSync('/etc/hostname'); out.push('read'); } catch (e) { out.push(e.code); }
console.log(out.join(' '));`;
    const run = spawnSync(process.execPath, WORKER_NODE_ARGS, { input: probe, encoding: 'utf8', env: {} as NodeJS.ProcessEnv });
    expect(run.stdout.trim()).toBe('ERR_ACCESS_DENIED ERR_ACCESS_DENIED');
    expect(existsSync(MARKER)).toBe(false);
  });
});
