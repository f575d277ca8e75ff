/**
 * `npm run bench:grader`: what grading costs on top of the learner's own
 * work. Per exercise, with the reference solution: the requests routed by
 * the full suite, the time to grade it (in-process, and end to end through a
 * worker as `npm run grade` does), the time the reference alone takes to
 * replay the same calls without any checks, and the ratio of the two (in
 * wall time and in CPU time); it names the exercises over issue 13's target
 * of 1.5x.
 * "Alone" runs the reference as a learner's own page would: a plain
 * function, no compartment. "In realm" replays the same calls through the
 * hardened realm (lib/grader/realm.ts) still without checks, so the gap
 * between the two is what the isolation itself costs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { listExercises } from '../lib/grader/catalog';
import { compileLearnerCode } from '../lib/grader/compile';
import { evaluateModule } from '../lib/grader/evaluate';
import { startRecording, stopRecording, type CallRecording } from '../lib/grader/guard/call';
import { gradeSubmission } from '../lib/grader/orchestrate';
import { runScenario, scenarioSeed } from '../lib/grader/run-scenario';
import { createRng, hashLabel } from '../lib/sim/random';
import { spawnNodeWorker } from './grade-worker.spawn';

const SEED = Number(process.env.BENCH_SEED ?? 1);
/** The machine is shared: enough rounds that the median shrugs off a busy moment. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
/** Rounds run first and not counted, so that both sides are measured with a warm JIT. */
const WARMUP_ROUNDS = Number(process.env.BENCH_WARMUP ?? 2);
/** `npm run bench:grader -- round-robin ip-hash` times only those exercises. */
const ONLY = new Set(process.argv.slice(2));
/** The methods that carry the traffic (one call = one request routed or handled). */
const TRAFFIC_METHODS = new Set(['route', 'handle']);

const now = () => performance.now();
/** CPU time of this process (all its threads, the garbage collector's included), in ms. */
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
/** issue 13: grading the full suite may take at most this many times the reference alone. */
const TARGET_RATIO = 1.5;

/** The module as a plain function in this realm, with a seeded Math as the realm's endowments have. */
function evaluatePlain(js: string, seed: number): Record<string, unknown> {
  const rng = createRng(seed);
  const math = Object.create(Math, { random: { value: () => rng.next() } }) as Math;
  const module = { exports: {} as Record<string, unknown> };
  new Function('exports', 'module', 'Math', js)(module.exports, module, math);
  return module.exports;
}

type Evaluate = (js: string, seed: number) => Record<string, unknown>;

function replay(js: string, seed: number, recording: CallRecording, evaluate: Evaluate, clock: () => number = now): number {
  const started = clock();
  const instances = recording.factories.map((f, k) => {
    const exports = evaluate(js, hashLabel(`${seed}:module:${k}`));
    return (exports[f.exportName] as (...a: unknown[]) => Record<string, (...a: unknown[]) => unknown>)(...f.args);
  });
  for (const call of recording.calls) instances[call.instance][call.method](...call.args);
  return clock() - started;
}

function median(values: number[]): number {
  const s = values.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
  const rows: string[][] = [
    ['exercise', 'requests', 'grade (ms)', 'reference alone (ms)', 'overhead', 'overhead (cpu)', 'alone in realm (ms)', 'realm cost', 'via worker (ms)', 'passed'],
  ];
  const over: string[] = [];
  for (const exercise of listExercises()) {
    const file = `content/exercises/${exercise.id}/solution.ts`;
    if (!existsSync(file) || (ONLY.size > 0 && !ONLY.has(exercise.id))) continue;
    const code = readFileSync(file, 'utf8');
    const compiled = compileLearnerCode(code);
    if (!compiled.ok) throw new Error(`${file}: ${compiled.message}`);
    const { js } = compiled;

    // Record each scenario's calls once, then time grading and replay separately.
    const recordings = exercise.scenarios.map((scenario) => {
      const recording = startRecording();
      runScenario(scenario, js, SEED);
      stopRecording();
      return { seed: scenarioSeed(SEED, scenario.id), recording };
    });
    const requests = recordings.reduce((n, r) => n + r.recording.calls.filter((c) => TRAFFIC_METHODS.has(c.method)).length, 0);
    const gradeTimes: number[] = [];
    const aloneTimes: number[] = [];
    const realmTimes: number[] = [];
    const gradeCpu: number[] = [];
    const aloneCpu: number[] = [];
    let passed = true;
    // The first rounds warm the JIT for both sides and are not counted. Grading
    // and replay alternate within a round, so a busy moment of the shared
    // machine tends to hit both rather than one.
    for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
      const started = now();
      const startedCpu = cpuNow();
      for (const scenario of exercise.scenarios) passed = runScenario(scenario, js, SEED).status === 'passed' && passed;
      const graded = now() - started;
      const gradedCpu = cpuNow() - startedCpu;
      const alone = recordings.reduce((t, r) => t + replay(js, r.seed, r.recording, evaluatePlain), 0);
      const aloneOnCpu = recordings.reduce((t, r) => t + replay(js, r.seed, r.recording, evaluatePlain, cpuNow), 0);
      const inRealm = recordings.reduce((t, r) => t + replay(js, r.seed, r.recording, evaluateModule), 0);
      if (round < WARMUP_ROUNDS) continue;
      gradeTimes.push(graded);
      aloneTimes.push(alone);
      realmTimes.push(inRealm);
      gradeCpu.push(gradedCpu);
      aloneCpu.push(aloneOnCpu);
    }
    const viaWorkerStart = now();
    const outcome = await gradeSubmission({ exercise: exercise.id, code, seed: SEED, mode: 'submit' }, { spawnWorker: spawnNodeWorker });
    const viaWorker = now() - viaWorkerStart;
    const grade = median(gradeTimes);
    const alone = median(aloneTimes);
    const realm = median(realmTimes);
    const ratio = grade / alone;
    const cpuRatio = median(gradeCpu) / median(aloneCpu);
    if (ratio > TARGET_RATIO) over.push(`${exercise.id} (${ratio.toFixed(2)}x, cpu ${cpuRatio.toFixed(2)}x)`);
    rows.push([
      exercise.id,
      String(requests),
      grade.toFixed(0),
      alone.toFixed(0),
      `${ratio.toFixed(2)}x${ratio > TARGET_RATIO ? ' !' : ''}`,
      `${cpuRatio.toFixed(2)}x`,
      realm.toFixed(0),
      `${(realm / alone).toFixed(2)}x`,
      viaWorker.toFixed(0),
      String(passed && outcome.kind === 'graded' && outcome.report.passed),
    ]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const [i, row] of rows.entries()) {
    console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  console.log(`\nseed ${SEED}, median of ${ROUNDS} rounds after ${WARMUP_ROUNDS} warm-up rounds; "via worker" is one cold run of the whole`);
  console.log('suite as `npm run grade` does it: bundling and starting the worker process, compiling, grading. "realm cost" is');
  console.log('the reference replayed in SES compartments over the same replay as a plain function: what the isolation costs.');
  console.log('"overhead (cpu)" is the same ratio in CPU time (medians), steadier than wall time on a shared, busy machine.');
  console.log(
    over.length === 0
      ? `\nEvery exercise is within the ${TARGET_RATIO}x target (grade / reference alone).`
      : `\nOver the ${TARGET_RATIO}x target (grade / reference alone, marked !): ${over.join(', ')}.`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
