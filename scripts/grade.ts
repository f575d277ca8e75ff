/**
 * `npm run grade -- <exercise-id> <file.ts> [--seed N] [--json]` and
 * `npm run grade -- --list`, exactly as docs/exercises.md specifies. It grades
 * with the code the browser runs: the same orchestrator, and a worker thread
 * running the same worker core.
 * Exit 0: all passed; 1: something failed; 2: nothing could be graded.
 */
import { existsSync, readFileSync } from 'node:fs';
import { listExercises } from '../lib/grader/catalog';
import { gradeSubmission } from '../lib/grader/orchestrate';
import { isExerciseId } from '../lib/grader/protocol';
import type { GradeReport } from '../lib/grader/types';
import { spawnNodeWorker } from './grade-worker.spawn';

const USAGE = 'usage: npm run grade -- <exercise-id> <file.ts> [--seed N] [--json] | npm run grade -- --list';

function cannotGrade(reason: string): never {
  process.stderr.write(`${reason.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exit(2);
}

interface Args {
  list: boolean;
  json: boolean;
  seed: number | null;
  positional: string[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { list: false, json: false, seed: null, positional: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--list') args.list = true;
    else if (a === '--json') args.json = true;
    else if (a === '--seed' || a.startsWith('--seed=')) {
      const raw = a === '--seed' ? argv[++i] : a.slice('--seed='.length);
      if (raw === undefined || !/^\d+$/.test(raw) || Number(raw) > 0xffffffff) cannotGrade(`--seed needs a whole number from 0 to 4294967295 (got ${raw ?? 'nothing'})`);
      args.seed = Number(raw);
    } else if (a.startsWith('--')) cannotGrade(`unknown option ${a}; ${USAGE}`);
    else args.positional.push(a);
  }
  return args;
}

const ICON: Record<string, string> = { passed: 'PASS', failed: 'FAIL', error: 'ERROR', timeout: 'TIME' };

function printHuman(report: GradeReport): void {
  const width = Math.max(...report.scenarios.map((s) => s.id.length));
  for (const s of report.scenarios) {
    const tag = `${ICON[s.status].padEnd(5)} ${s.id.padEnd(width)}${s.hidden ? ' (hidden)' : '         '}`;
    console.log(`${tag}  ${s.message}${s.insight ? `\n${' '.repeat(tag.length + 2)}insight: ${s.insight}` : ''}`);
  }
  const passed = report.scenarios.filter((s) => s.status === 'passed').length;
  console.log(`\n${passed}/${report.scenarios.length} scenarios passed: ${report.passed ? 'PASSED' : 'FAILED'} (seed ${report.seed}; replay with --seed ${report.seed})`);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.list) {
    for (const e of listExercises()) console.log(e.id);
    return;
  }
  const [exercise, file, extra] = args.positional;
  if (!exercise || !file || extra !== undefined) cannotGrade(USAGE);
  if (!isExerciseId(exercise) || !listExercises().some((e) => e.id === exercise)) {
    cannotGrade(`unknown exercise "${exercise}"; known: ${listExercises().map((e) => e.id).join(', ')}`);
  }
  if (!existsSync(file)) cannotGrade(`file not found: ${file}`);
  const code = readFileSync(file, 'utf8');
  const seed = args.seed ?? Math.floor(Math.random() * 0x100000000);

  const outcome = await gradeSubmission({ exercise, code, seed, mode: 'submit' }, { spawnWorker: spawnNodeWorker });
  if (outcome.kind === 'compile-error') cannotGrade(`${file}: ${outcome.error.message}`);
  if (outcome.kind === 'fatal') cannotGrade(outcome.message);
  if (outcome.kind === 'cancelled') cannotGrade('grading was cancelled');
  const { report } = outcome;
  if (args.json) {
    const scenarios = report.scenarios.map(({ id, title, hidden, status, message, metrics }) => ({ id, title, hidden, status, message, metrics }));
    console.log(JSON.stringify({ exercise: report.exercise, seed: report.seed, passed: report.passed, scenarios }, null, 2));
  } else {
    printHuman(report);
  }
  process.exitCode = report.passed ? 0 : 1;
}

// `npm run grade -- ... | head` closes the pipe early: that is not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main().catch((error: unknown) => cannotGrade(`the grader crashed: ${error instanceof Error ? error.message : String(error)}`));
