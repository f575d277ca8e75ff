/**
 * Drafts set aside before something replaces them: Reset to the starter,
 * "Restore last passing", loading a shared-code link, or restoring an earlier
 * draft. The in-page Undo only lasts while the page is open; these survive a
 * reload, so replacing the learner's code never loses it.
 *
 * Per exercise, under its own key (lib/storage/keys.ts): the last
 * SET_ASIDE_KEPT drafts, newest first, each with when and why. Each entry is
 * capped at MAX_SET_ASIDE_CHARS so that 7 exercises x 5 entries stay far below
 * the browser's quota; a longer draft is refused with a reason (the in-page
 * Undo still holds it). Every read is validated: an unreadable value is copied
 * to a "damaged" key and replaced by what could be salvaged, with a message,
 * never a crash (as lib/progress/load.ts does for the progress).
 */
import { z } from 'zod';
import { setAsideDamagedKey, setAsideKey } from '@/lib/storage/keys';
import type { KeyValueStorage } from '@/lib/storage/web-storage';

export const SET_ASIDE_KEPT = 5;
/** Far above any solution to these exercises (a few kilobytes), small enough that 35 entries fit any quota. */
export const MAX_SET_ASIDE_CHARS = 20_000;

export const SET_ASIDE_REASONS = ['reset', 'shared-code', 'restore-passing', 'earlier-draft'] as const;
export type SetAsideReason = (typeof SET_ASIDE_REASONS)[number];

/** Why a draft was set aside, as the list says it. */
export const SET_ASIDE_REASON_LABELS: Record<SetAsideReason, string> = {
  reset: 'Before reset',
  'shared-code': 'Before loading shared code',
  'restore-passing': 'Before restoring last passing',
  'earlier-draft': 'Before restoring an earlier draft',
};

const entrySchema = z.object({
  code: z.string().max(MAX_SET_ASIDE_CHARS),
  at: z.number().int().nonnegative(),
  reason: z.enum(SET_ASIDE_REASONS),
});
export type SetAsideDraft = z.infer<typeof entrySchema>;

const listSchema = z.object({ version: z.literal(1), drafts: z.array(z.unknown()) });

export interface SetAsideList {
  /** Newest first. */
  drafts: SetAsideDraft[];
  /** What could not be read, in plain words, or null. */
  problem: string | null;
}

export type SetAsideOutcome =
  | { kind: 'kept'; drafts: SetAsideDraft[]; problem: string | null }
  | { kind: 'too-large'; chars: number }
  | { kind: 'storage-full' }
  | { kind: 'storage-blocked' };

function encode(drafts: SetAsideDraft[]): string {
  return JSON.stringify({ version: 1, drafts });
}

/** Browsers name a full storage differently (Firefox: NS_ERROR_DOM_QUOTA_REACHED, old WebKit: code 22). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** Parses stored text; `damaged` says whether what was stored must be copied aside and rewritten. */
export function parseSetAside(raw: string | null): SetAsideList & { damaged: boolean } {
  if (raw === null) return { drafts: [], problem: null, damaged: false };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    data = undefined;
  }
  const list = listSchema.safeParse(data);
  if (!list.success) {
    return {
      drafts: [],
      problem: 'Your earlier drafts for this exercise could not be read (the saved data was damaged), so the list starts again.',
      damaged: true,
    };
  }
  const drafts: SetAsideDraft[] = [];
  let dropped = 0;
  for (const item of list.data.drafts) {
    const entry = entrySchema.safeParse(item);
    if (entry.success) drafts.push(entry.data);
    else dropped++;
  }
  drafts.sort((a, b) => b.at - a.at);
  const extra = Math.max(0, drafts.length - SET_ASIDE_KEPT);
  if (dropped === 0) return { drafts: drafts.slice(0, SET_ASIDE_KEPT), problem: null, damaged: extra > 0 };
  return {
    drafts: drafts.slice(0, SET_ASIDE_KEPT),
    problem: `${dropped === 1 ? 'One of your earlier drafts' : `${dropped} of your earlier drafts`} for this exercise could not be read; the others are listed.`,
    damaged: true,
  };
}

/**
 * The set-aside drafts of one exercise. A damaged value is copied to its
 * "damaged" key (so it can still be recovered by hand) and replaced by what
 * could be read; the message says so.
 */
export function readSetAsideDrafts(storage: KeyValueStorage, exerciseId: string): SetAsideList {
  let raw: string | null;
  try {
    raw = storage.getItem(setAsideKey(exerciseId));
  } catch {
    return { drafts: [], problem: null };
  }
  const parsed = parseSetAside(raw);
  if (!parsed.damaged || raw === null) return { drafts: parsed.drafts, problem: parsed.problem };
  if (parsed.problem === null) {
    // Only over the cap (a newer build kept more): trim quietly.
    write(storage, exerciseId, parsed.drafts);
    return { drafts: parsed.drafts, problem: null };
  }
  const copyKey = setAsideDamagedKey(exerciseId);
  let copied = false;
  try {
    storage.setItem(copyKey, raw);
    copied = true;
  } catch {
    // No room for a copy: the message then does not promise one.
  }
  write(storage, exerciseId, parsed.drafts);
  const where = copied ? ` A copy of what was there is kept in this browser's storage under "${copyKey}".` : '';
  return { drafts: parsed.drafts, problem: `${parsed.problem}${where}` };
}

function write(storage: KeyValueStorage, exerciseId: string, drafts: SetAsideDraft[]): 'ok' | 'full' | 'blocked' {
  try {
    if (drafts.length === 0) storage.removeItem(setAsideKey(exerciseId));
    else storage.setItem(setAsideKey(exerciseId), encode(drafts));
    return 'ok';
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'blocked';
  }
}

/**
 * Sets `code` aside before it is replaced. A draft identical to one already
 * kept is not stored twice: it moves to the top with the new time and reason.
 * Nothing older is evicted to make room when storage is full: the caller says
 * so and keeps its in-page Undo.
 */
export function setAsideDraft(storage: KeyValueStorage, exerciseId: string, code: string, reason: SetAsideReason, now: number): SetAsideOutcome {
  if (code.length > MAX_SET_ASIDE_CHARS) return { kind: 'too-large', chars: code.length };
  try {
    // readSetAsideDrafts treats a refused read as an empty list; writing that back would drop what is stored.
    storage.getItem(setAsideKey(exerciseId));
  } catch {
    return { kind: 'storage-blocked' };
  }
  const current = readSetAsideDrafts(storage, exerciseId);
  const drafts = [{ code, at: now, reason }, ...current.drafts.filter((d) => d.code !== code)].slice(0, SET_ASIDE_KEPT);
  const written = write(storage, exerciseId, drafts);
  if (written === 'full') return { kind: 'storage-full' };
  if (written === 'blocked') return { kind: 'storage-blocked' };
  return { kind: 'kept', drafts, problem: current.problem };
}

export interface DraftSummary {
  /** The first line with text, shortened to fit a phone. */
  firstLine: string;
  lines: number;
  chars: number;
}

const FIRST_LINE_CHARS = 60;

export function summariseDraft(code: string): DraftSummary {
  const first = code.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
  return {
    firstLine: first.length > FIRST_LINE_CHARS ? `${first.slice(0, FIRST_LINE_CHARS - 1)}…` : first,
    lines: code === '' ? 0 : code.split('\n').length - (code.endsWith('\n') ? 1 : 0),
    chars: code.length,
  };
}
