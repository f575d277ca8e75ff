/**
 * Messages between the grading host (page or CLI) and its worker: a
 * discriminated union with prefixed types, checked on arrival by hand-written
 * parsers (no schema library in the worker bundle).
 */
import type { ExerciseId, ScenarioInfo, ScenarioResult, ScenarioStatus } from './types';
import { EXERCISE_IDS } from './types';

export type GradeMode = 'run' | 'submit';

/** Why nothing could be graded: the file does not parse, imports something, or lacks the exercise's export. */
export type CompileErrorKind = 'syntax' | 'import' | 'export';

export type HostMessage = {
  type: 'grader:start';
  exercise: ExerciseId;
  code: string;
  seed: number;
  mode: GradeMode;
  /** After a restart, the scenarios still to run, in order; otherwise by mode. */
  scenarioIds?: string[];
};

export type WorkerMessage =
  | { type: 'grader:ready' }
  | { type: 'grader:compile-error'; kind: CompileErrorKind; message: string; line?: number; column?: number }
  | { type: 'grader:plan'; scenarios: ScenarioInfo[] }
  | { type: 'grader:scenario-start'; id: string }
  | { type: 'grader:result'; result: ScenarioResult }
  | { type: 'grader:done' }
  | { type: 'grader:fatal'; message: string };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const STATUSES: readonly ScenarioStatus[] = ['passed', 'failed', 'error', 'timeout'];

export function isExerciseId(v: unknown): v is ExerciseId {
  return isStr(v) && (EXERCISE_IDS as readonly string[]).includes(v);
}

export function parseHostMessage(data: unknown): HostMessage | null {
  if (!isObj(data) || data.type !== 'grader:start') return null;
  const { exercise, code, seed, mode, scenarioIds } = data;
  if (!isExerciseId(exercise) || !isStr(code) || !isNum(seed) || (mode !== 'run' && mode !== 'submit')) return null;
  if (scenarioIds !== undefined && !(Array.isArray(scenarioIds) && scenarioIds.every(isStr))) return null;
  return { type: 'grader:start', exercise, code, seed, mode, ...(scenarioIds ? { scenarioIds: scenarioIds as string[] } : {}) };
}

function isInfo(v: unknown): v is ScenarioInfo {
  return isObj(v) && isStr(v.id) && isStr(v.title) && typeof v.hidden === 'boolean' && isNum(v.budgetMs);
}

function isResult(v: unknown): v is ScenarioResult {
  return (
    isObj(v) &&
    isStr(v.id) &&
    isStr(v.title) &&
    typeof v.hidden === 'boolean' &&
    STATUSES.includes(v.status as ScenarioStatus) &&
    isStr(v.message) &&
    isObj(v.metrics) &&
    isNum(v.durationMs) &&
    (v.series === undefined || isObj(v.series)) &&
    (v.insight === undefined || isStr(v.insight))
  );
}

export function parseWorkerMessage(data: unknown): WorkerMessage | null {
  if (!isObj(data) || !isStr(data.type)) return null;
  switch (data.type) {
    case 'grader:ready':
    case 'grader:done':
      return { type: data.type };
    case 'grader:compile-error':
      if ((data.kind !== 'syntax' && data.kind !== 'import' && data.kind !== 'export') || !isStr(data.message)) return null;
      return {
        type: data.type,
        kind: data.kind,
        message: data.message,
        ...(isNum(data.line) ? { line: data.line } : {}),
        ...(isNum(data.column) ? { column: data.column } : {}),
      };
    case 'grader:plan':
      return Array.isArray(data.scenarios) && data.scenarios.every(isInfo) ? { type: data.type, scenarios: data.scenarios } : null;
    case 'grader:scenario-start':
      return isStr(data.id) ? { type: data.type, id: data.id } : null;
    case 'grader:result':
      return isResult(data.result) ? { type: data.type, result: data.result } : null;
    case 'grader:fatal':
      return isStr(data.message) ? { type: data.type, message: data.message } : null;
    default:
      return null;
  }
}
