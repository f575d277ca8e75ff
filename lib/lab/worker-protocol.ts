/**
 * Messages between the lab page and the lab worker, which runs the learner's
 * balancer in a LabModel. Plain data, checked on arrival by hand-written
 * parsers (no schema library in the worker bundle), like the grader's
 * protocol (lib/grader/protocol.ts).
 *
 * The page sends batches of operations; the worker answers each with the
 * model's metrics. In trace mode the worker also posts, before each route()
 * call, which request it is about to route: when the page has to terminate a
 * stuck worker, it replays the same run with tracing on for the failing batch
 * only, and the last trace names the request that never returned.
 */
import { MIX_IDS, type MixId } from './mixes';
import type { LabEventKind, ScriptedEvent } from './presets';
import { isLabExerciseId, type LabExerciseId } from './lab-exercises';
import type { LabMetrics } from './types';

export interface LabRunSpec {
  seed: number;
  mix: MixId;
  servers: number;
  script: ScriptedEvent[];
}

/** Advance to `to` ms after the lab opened, or change the servers now. */
export type LabOp = { op: 'advance'; to: number } | { op: 'inject'; kind: LabEventKind; server?: string };

export type LabHostMessage =
  | { type: 'lab:start'; exercise: LabExerciseId; code: string; run: LabRunSpec; trace: boolean }
  | { type: 'lab:batch'; id: number; ops: LabOp[]; trace: boolean };

export interface TracedRequest {
  /** 0-based, as GuardedBalancer counts; messages show it 1-based. */
  index: number;
  time: number;
  clientIp: string;
  cookies: Record<string, string>;
}

export type LabWorkerMessage =
  | { type: 'lab:booted' }
  /** Answers lab:start (id 0) and each lab:batch. */
  | { type: 'lab:metrics'; id: number; metrics: LabMetrics; workMs: number }
  /** The learner's code failed: compile error, throw, bad decision. `id` as for lab:metrics. */
  | { type: 'lab:error'; id: number; message: string; line?: number }
  | { type: 'lab:trace'; request: TracedRequest };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const KINDS: readonly LabEventKind[] = ['kill', 'add', 'drain'];
const isKind = (v: unknown): v is LabEventKind => KINDS.includes(v as LabEventKind);

function parseScripted(v: unknown): ScriptedEvent | null {
  if (!isObj(v) || !isNum(v.afterSeconds) || v.afterSeconds < 0 || !isKind(v.kind)) return null;
  if (v.server !== undefined && !isStr(v.server)) return null;
  return { afterSeconds: v.afterSeconds, kind: v.kind, ...(isStr(v.server) ? { server: v.server } : {}) };
}

function parseRun(v: unknown): LabRunSpec | null {
  if (!isObj(v) || !isNum(v.seed) || !MIX_IDS.includes(v.mix as MixId) || !isNum(v.servers) || !Array.isArray(v.script)) return null;
  const script = v.script.map(parseScripted);
  if (script.some((e) => e === null)) return null;
  return { seed: v.seed, mix: v.mix as MixId, servers: v.servers, script: script as ScriptedEvent[] };
}

function parseOp(v: unknown): LabOp | null {
  if (!isObj(v)) return null;
  if (v.op === 'advance') return isNum(v.to) && v.to >= 0 ? { op: 'advance', to: v.to } : null;
  if (v.op === 'inject' && isKind(v.kind) && (v.server === undefined || isStr(v.server))) {
    return { op: 'inject', kind: v.kind, ...(isStr(v.server) ? { server: v.server } : {}) };
  }
  return null;
}

export function parseLabHostMessage(data: unknown): LabHostMessage | null {
  if (!isObj(data)) return null;
  if (data.type === 'lab:start') {
    const run = parseRun(data.run);
    if (!isLabExerciseId(data.exercise) || !isStr(data.code) || !run) return null;
    return { type: 'lab:start', exercise: data.exercise, code: data.code, run, trace: data.trace === true };
  }
  if (data.type === 'lab:batch') {
    if (!isNum(data.id) || !Array.isArray(data.ops)) return null;
    const ops = data.ops.map(parseOp);
    if (ops.some((o) => o === null)) return null;
    return { type: 'lab:batch', id: data.id, ops: ops as LabOp[], trace: data.trace === true };
  }
  return null;
}

/** Enough of LabMetrics to draw it without surprises: the numbers the view reads, and its lists. */
function isMetrics(v: unknown): v is LabMetrics {
  return (
    isObj(v) &&
    ['elapsedMs', 'requests', 'storeSessions', 'liveSessions', 'sessionsLost', 'lostWithServers', 'lostToRouting', 'maxOverMean', 'sessionsMaxOverMean', 'meanRate'].every((k) => isNum(v[k])) &&
    (v.keysMoved === null || isNum(v.keysMoved)) &&
    Array.isArray(v.servers) &&
    v.servers.every((s) => isObj(s) && isStr(s.id) && isNum(s.rate) && isNum(s.sessions) && typeof s.draining === 'boolean') &&
    Array.isArray(v.history) &&
    v.history.every((s) => isObj(s) && isNum(s.t) && isNum(s.maxOverMean) && isNum(s.sessionsLost)) &&
    Array.isArray(v.events) &&
    v.events.every((e) => isObj(e) && isNum(e.at) && isStr(e.kind) && isStr(e.server) && isStr(e.message))
  );
}

function parseCookies(v: unknown): Record<string, string> | null {
  if (!isObj(v)) return null;
  return Object.values(v).every(isStr) ? (v as Record<string, string>) : null;
}

export function parseLabWorkerMessage(data: unknown): LabWorkerMessage | null {
  if (!isObj(data)) return null;
  switch (data.type) {
    case 'lab:booted':
      return { type: 'lab:booted' };
    case 'lab:metrics':
      return isNum(data.id) && isMetrics(data.metrics) && isNum(data.workMs) ? { type: 'lab:metrics', id: data.id, metrics: data.metrics, workMs: data.workMs } : null;
    case 'lab:error':
      if (!isNum(data.id) || !isStr(data.message)) return null;
      return { type: 'lab:error', id: data.id, message: data.message, ...(isNum(data.line) ? { line: data.line } : {}) };
    case 'lab:trace': {
      const r = data.request;
      if (!isObj(r) || !isNum(r.index) || !isNum(r.time) || !isStr(r.clientIp)) return null;
      const cookies = parseCookies(r.cookies);
      return cookies ? { type: 'lab:trace', request: { index: r.index, time: r.time, clientIp: r.clientIp, cookies } } : null;
    }
    default:
      return null;
  }
}
