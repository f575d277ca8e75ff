/**
 * `npx tsx scripts/verdict-parity.ts [--seeds N] [--out file] [id...]`
 *
 * Prints the verdict of every file in content/exercises/<id>/ (starter,
 * solution, alternative, wrong/*) on every scenario of its suite, over seeds
 * 1..N: one line per (file, scenario) with one letter per seed (P passed,
 * F failed, E error, T timeout). Two runs diffed line by line show whether a
 * refactor changed any verdict. Scenarios a run adds or removes show up as
 * lines present on one side only; wall-clock scenarios (large-ring
 * performance) may differ between runs for reasons of machine load, which
 * `--compare` reports separately.
 *
 * `npx tsx scripts/verdict-parity.ts --compare before.txt after.txt` prints
 * the lines that differ and exits 1 if any right solution (solution,
 * alternative) changed verdict.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { listExercises } from '../lib/grader/catalog';
import { compileLearnerCode } from '../lib/grader/compile';
import { runScenario } from '../lib/grader/run-scenario';

const LETTER = { passed: 'P', failed: 'F', error: 'E', timeout: 'T' } as const;
const ROOT = path.join(process.cwd(), 'content', 'exercises');
/** Scenarios whose verdict depends on the machine's speed, not only on the seed. */
const WALL_CLOCK = new Set(['consistent-hash large-ring-performance']);

function filesOf(id: string): string[] {
  const dir = path.join(ROOT, id);
  const top = ['starter.ts', 'solution.ts', 'alternative.ts'].filter((f) => existsSync(path.join(dir, f)));
  const wrongDir = path.join(dir, 'wrong');
  const wrong = existsSync(wrongDir) ? readdirSync(wrongDir).filter((f) => f.endsWith('.ts')).sort().map((f) => `wrong/${f}`) : [];
  return [...top, ...wrong];
}

function snapshot(seeds: number, only: Set<string>): string[] {
  const lines: string[] = [];
  for (const exercise of listExercises()) {
    if (only.size > 0 && !only.has(exercise.id)) continue;
    for (const file of filesOf(exercise.id)) {
      const compiled = compileLearnerCode(readFileSync(path.join(ROOT, exercise.id, file), 'utf8'));
      if (!compiled.ok) {
        lines.push(`${exercise.id} ${file} * ${'X'.repeat(seeds)}`);
        continue;
      }
      for (const scenario of exercise.scenarios) {
        let verdicts = '';
        for (let seed = 1; seed <= seeds; seed++) verdicts += LETTER[runScenario(scenario, compiled.js, seed).status];
        const line = `${exercise.id} ${file} ${scenario.id} ${verdicts}`;
        lines.push(line);
        process.stderr.write(`${line}\n`);
      }
    }
  }
  return lines;
}

function compare(beforeFile: string, afterFile: string): number {
  const parse = (f: string) =>
    new Map(
      readFileSync(f, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => {
          const parts = l.split(' ');
          return [parts.slice(0, 3).join(' '), parts[3]] as const;
        }),
    );
  const before = parse(beforeFile);
  const after = parse(afterFile);
  let rightChanged = 0;
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const [id, file, scenario] = key.split(' ');
    const b = before.get(key);
    const a = after.get(key);
    if (b === a) continue;
    const right = file === 'solution.ts' || file === 'alternative.ts';
    const timed = WALL_CLOCK.has(`${id} ${scenario}`);
    const label = b === undefined ? 'added' : a === undefined ? 'removed' : timed ? 'changed (wall clock)' : 'changed';
    console.log(`${label}: ${key}\n  before ${b ?? '-'}\n  after  ${a ?? '-'}`);
    if (right && b !== undefined && a !== undefined && !timed) rightChanged++;
  }
  console.log(rightChanged === 0 ? 'No right solution changed verdict.' : `${rightChanged} right-solution verdict lines changed.`);
  return rightChanged === 0 ? 0 : 1;
}

function main(argv: string[]): number {
  if (argv[0] === '--compare') return compare(argv[1], argv[2]);
  let seeds = 50;
  let out: string | null = null;
  const only = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--seeds') seeds = Number(argv[++i]);
    else if (argv[i] === '--out') out = argv[++i];
    else only.add(argv[i]);
  }
  const lines = snapshot(seeds, only);
  if (out) writeFileSync(out, `${lines.join('\n')}\n`);
  else console.log(lines.join('\n'));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
