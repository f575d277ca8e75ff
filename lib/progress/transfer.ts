/**
 * Export and import. An export is one JSON file with the progress and every
 * draft. An import is checked in full before anything changes, and the
 * learner sees what it would add or replace before applying it; applying
 * merges with the same rules two tabs use, so nothing already here is lost.
 */
import { z } from 'zod';
import { draftSchema, type Draft } from './drafts';
import { migrateV1, progressV1Schema } from './legacy-v1';
import { mergeProgress } from './merge';
import { PROGRESS_VERSION, progressStateSchema, SECTIONS, type ProgressState, type Section } from './schema';

export const EXPORT_FORMAT = 'sticky-sessions-course/progress';

export interface ProgressExport {
  format: typeof EXPORT_FORMAT;
  exportedAt: string;
  progress: ProgressState;
  drafts: Record<string, Draft>;
}

export function buildExport(progress: ProgressState, drafts: Record<string, Draft>, now: number): string {
  const file: ProgressExport = { format: EXPORT_FORMAT, exportedAt: new Date(now).toISOString(), progress, drafts };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function exportFileName(now: number): string {
  return `sticky-sessions-progress-${new Date(now).toISOString().slice(0, 10)}.json`;
}

export type ParsedImport = { ok: true; progress: ProgressState; drafts: Record<string, Draft>; exportedAt: string | null } | { ok: false; error: string };

function describeIssues(prefix: string, error: z.ZodError): string {
  const lines = error.issues.slice(0, 3).map((issue) => {
    const where = [prefix, ...issue.path.map(String)].join('.');
    return `${where}: ${issue.message}`;
  });
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more problems)` : '';
  return lines.join('; ') + more;
}

const envelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  exportedAt: z.string().optional(),
  progress: z.object({ version: z.number() }).loose(),
  drafts: z.record(z.string(), draftSchema).default({}),
});

/** Validates a file the learner picked. Nothing is applied here. */
export function parseImport(text: string, now: number): ParsedImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not a progress export: it is not valid JSON. Pick the .json file the course downloaded for you.' };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, error: 'This file is JSON, but not a progress export from this course (it does not say it is one). Pick the file the course downloaded for you.' };
  }
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) return { ok: false, error: `This export is damaged, so nothing was imported. ${describeIssues('file', envelope.error)}.` };
  const { progress: raw, drafts, exportedAt } = envelope.data;

  let progress: ProgressState;
  if (raw.version === PROGRESS_VERSION) {
    const parsed = progressStateSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: `This export is damaged, so nothing was imported. ${describeIssues('progress', parsed.error)}.` };
    progress = parsed.data;
  } else if (raw.version === 1) {
    const parsed = progressV1Schema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: `This export (from an older version of the course) is damaged, so nothing was imported. ${describeIssues('progress', parsed.error)}.` };
    progress = migrateV1(parsed.data, now);
  } else {
    return { ok: false, error: `This export was written by a version of the course this page does not know (progress version ${raw.version}), so nothing was imported.` };
  }
  return { ok: true, progress, drafts, exportedAt: exportedAt ?? null };
}

export interface ChangeList {
  added: string[];
  replaced: string[];
}

export type ImportDiff = Record<Section | 'drafts', ChangeList>;

function diffSection<T>(current: Record<string, T>, merged: Record<string, T>): ChangeList {
  const added: string[] = [];
  const replaced: string[] = [];
  for (const [id, record] of Object.entries(merged)) {
    if (!(id in current)) added.push(id);
    else if (JSON.stringify(current[id]) !== JSON.stringify(record)) replaced.push(id);
  }
  return { added: added.sort(), replaced: replaced.sort() };
}

/** What applying the import would change here: per section, the records it adds and the ones it replaces. */
export function diffImport(
  current: ProgressState,
  currentDrafts: Record<string, Draft>,
  incoming: ProgressState,
  incomingDrafts: Record<string, Draft>,
): ImportDiff {
  const merged = mergeProgress(current, incoming);
  const diff = Object.fromEntries(SECTIONS.map((s) => [s, diffSection(current[s] as Record<string, unknown>, merged[s] as Record<string, unknown>)])) as Record<Section, ChangeList>;
  const drafts: ChangeList = { added: [], replaced: [] };
  for (const [id, draft] of Object.entries(incomingDrafts)) {
    if (!currentDrafts[id]) drafts.added.push(id);
    else if (currentDrafts[id].code !== draft.code) drafts.replaced.push(id);
  }
  return { ...diff, drafts: { added: drafts.added.sort(), replaced: drafts.replaced.sort() } };
}

export function isEmptyDiff(diff: ImportDiff): boolean {
  return Object.values(diff).every((c) => c.added.length === 0 && c.replaced.length === 0);
}
