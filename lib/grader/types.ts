/**
 * The grader's shared vocabulary. Everything here is plain data so that it
 * crosses a worker boundary (structured clone) unchanged, in Node and in the
 * browser alike. The exercise contract itself is docs/exercises.md.
 */

export const EXERCISE_IDS = [
  'round-robin',
  'cookie-affinity',
  'ip-hash',
  'consistent-hash',
  'bounded-load',
  'draining',
  'session-store',
] as const;

export type ExerciseId = (typeof EXERCISE_IDS)[number];

export type ScenarioStatus = 'passed' | 'failed' | 'error' | 'timeout';

/** One metric the learner sees beside a scenario ("max/mean load": 1.04). */
export type Metrics = Record<string, number | string>;

/** A server event drawn on the load chart. */
export interface ChartEvent {
  time: number;
  kind: 'fail' | 'recover' | 'scale-out' | 'remove' | 'drain' | 'note';
  server?: string;
  label?: string;
}

/**
 * A compact load-per-server series for the chart: `load[i][t]` is the load of
 * `servers[i]` at `times[t]` (what "load" means is in `unit`). Keep it under a
 * few hundred samples: it is posted from the worker and drawn as SVG.
 */
export interface LoadSeries {
  unit: string;
  servers: string[];
  times: number[];
  load: number[][];
  events: ChartEvent[];
}

export interface ScenarioResult {
  id: string;
  title: string;
  hidden: boolean;
  status: ScenarioStatus;
  /** Written to the learner: which request, which client, what was expected. */
  message: string;
  metrics: Metrics;
  series?: LoadSeries;
  /** Observations that are not failures (the ip-hash NAT insight). */
  insight?: string;
  durationMs: number;
}

/** What a scenario is, without how it is generated: safe to show for hidden ones. */
export interface ScenarioInfo {
  id: string;
  title: string;
  hidden: boolean;
  /** Wall-clock budget for the learner's code in this scenario. */
  budgetMs: number;
}

export interface GradeReport {
  exercise: ExerciseId;
  seed: number;
  mode: 'run' | 'submit';
  passed: boolean;
  scenarios: ScenarioResult[];
}
