/**
 * The lab's state in its address, so that a link replays a run: scenario,
 * strategies, traffic, seed, the timeline of kills, adds and drains at their
 * simulated times, and the moment the link was taken. The same seed and
 * timeline give the same numbers (LabModel is deterministic and scripted
 * events land where live ones did). For "Your code" the link names the
 * exercise; the code itself is never put in the query (run-link.ts may put
 * it in the fragment, which no server sees).
 *
 *   ?preset=server-failure&strategy=yours&code=cookie-affinity&compare=cookie
 *    &mix=uniform&seed=1&events=k:app-3@62300,a@90000,d:app-1@95000&t=120000
 */
import { z } from 'zod';
import { isLabExerciseId, type LabExerciseId } from './lab-exercises';
import { MAX_SERVERS } from './lab-model';
import { MIX_IDS, type MixId } from './mixes';
import { PRESET_IDS, type LabEventKind, type PresetId, type ScriptedEvent } from './presets';
import { STRATEGY_IDS, type LabStrategyId, type StrategyId } from './strategies';

export interface TimelineEvent {
  /** Simulated ms after the lab opened, whole. */
  at: number;
  kind: LabEventKind;
  server?: string;
}

export interface LabUrlState {
  preset: PresetId;
  strategy: LabStrategyId;
  /** The second strategy of compare mode. */
  compare: StrategyId | null;
  mix: MixId;
  seed: number;
  /** The exercise whose draft is "Your code". */
  code: LabExerciseId | null;
  events: TimelineEvent[];
  /** Simulated ms the run had reached when the link was taken. */
  t: number;
}

/** A day of simulated time: far beyond any run a person watches, small enough to replay. */
const MAX_MS = 86_400_000;
const MAX_EVENTS = 200;
const KIND_CODES: Record<string, LabEventKind> = { k: 'kill', a: 'add', d: 'drain' };
const CODE_OF: Record<LabEventKind, string> = { kill: 'k', add: 'a', drain: 'd' };
const SERVER = /^app-(\d{1,3})$/;

const ms = z.coerce.number().int().min(0).max(MAX_MS);
const eventText = z.string().regex(/^(?:[kd]:app-\d{1,3}|a)@\d{1,8}$/);

const schema = z
  .object({
    preset: z.enum(PRESET_IDS),
    strategy: z.union([z.enum(STRATEGY_IDS), z.literal('yours')]),
    compare: z.enum(STRATEGY_IDS).nullable(),
    mix: z.enum(MIX_IDS),
    seed: z.coerce.number().int().min(0).max(0xffffffff),
    code: z.string().refine(isLabExerciseId).nullable(),
    events: z.array(eventText).max(MAX_EVENTS),
    t: ms,
  })
  .refine((s) => s.strategy !== 'yours' || s.code !== null, { message: '"Your code" needs the exercise it comes from' });

function parseEvent(text: string): TimelineEvent {
  const [what, at] = text.split('@');
  const [code, server] = what.split(':');
  return { at: Number(at), kind: KIND_CODES[code], ...(server ? { server } : {}) };
}

export type ParsedLabUrl = { ok: true; state: LabUrlState } | { ok: false; reason: string };

/**
 * Reads the lab's state from a query string. Absent fields take the preset's
 * values; anything present but malformed rejects the whole link (a half-read
 * link would replay a different run and say nothing).
 */
export function parseLabUrl(search: string, defaults: { strategy: StrategyId; mix: MixId }): ParsedLabUrl {
  const params = new URLSearchParams(search);
  const get = (name: string) => params.get(name);
  const events = get('events');
  const raw = {
    preset: get('preset') ?? 'nat-ip-hash',
    strategy: get('strategy') ?? defaults.strategy,
    compare: get('compare'),
    mix: get('mix') ?? defaults.mix,
    seed: get('seed') ?? '1',
    code: get('code'),
    events: events ? events.split(',') : [],
    t: get('t') ?? '0',
  };
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: parsed.error.issues.map((i) => `${i.path.join('.') || 'link'}: ${i.message}`).join('; ') };
  const list = parsed.data.events.map(parseEvent);
  for (let i = 0; i < list.length; i++) {
    const e = list[i];
    if (e.at > MAX_MS || (i > 0 && e.at < list[i - 1].at)) return { ok: false, reason: 'events: not in order of time' };
    if (e.server && Number(SERVER.exec(e.server)![1]) > MAX_SERVERS * 10) return { ok: false, reason: 'events: no such server' };
  }
  return { ok: true, state: { ...parsed.data, code: parsed.data.code as LabExerciseId | null, events: list } };
}

/** The query string for a state, with the fields in a fixed order so equal states give equal links. */
export function formatLabUrl(state: LabUrlState): string {
  const params = new URLSearchParams();
  params.set('preset', state.preset);
  params.set('strategy', state.strategy);
  if (state.code) params.set('code', state.code);
  if (state.compare) params.set('compare', state.compare);
  params.set('mix', state.mix);
  params.set('seed', String(state.seed));
  if (state.events.length) params.set('events', state.events.map((e) => `${CODE_OF[e.kind]}${e.server ? `:${e.server}` : ''}@${e.at}`).join(','));
  if (state.t) params.set('t', String(state.t));
  // The commas, colons and @ of the timeline read fine in an address bar; keep them.
  return `?${params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%40/g, '@')}`;
}

/** A timeline as the model's script: live events replayed at the same simulated times. */
export function timelineScript(events: readonly TimelineEvent[]): ScriptedEvent[] {
  return events.map((e) => ({ afterSeconds: e.at / 1000, kind: e.kind, ...(e.server ? { server: e.server } : {}) }));
}
