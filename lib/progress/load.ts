/**
 * Turning whatever text is in storage into a valid ProgressState. Never
 * throws: the result says what was kept and, in plain words, what was not.
 * Unreadable text is replaced by a clean state; a valid file with a few bad
 * records keeps every good record (one wrong field must not cost a learner
 * their whole history).
 */
import { migrateV1, progressV1Schema } from './legacy-v1';
import { emptyProgress, PROGRESS_VERSION, progressStateSchema, SECTION_SCHEMAS, SECTIONS, type ProgressState, type Section } from './schema';

export interface LoadResult {
  state: ProgressState;
  /** What went wrong, for the learner, or null when everything was read. */
  problem: string | null;
  /** The stored text must be rewritten: migrated, or repaired (back it up first when `problem` is set). */
  rewrite: boolean;
}

const SECTION_NOUNS: Record<Section, [string, string]> = {
  lessons: ['lesson marked as read', 'lessons marked as read'],
  exercises: ['exercise result', 'exercise results'],
  quizAttempts: ['quiz attempt', 'quiz attempts'],
  review: ['review item', 'review items'],
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listDropped(dropped: Record<Section, string[]>): string {
  const parts = SECTIONS.filter((s) => dropped[s].length > 0).map((s) => {
    const ids = dropped[s];
    const noun = SECTION_NOUNS[s][ids.length === 1 ? 0 : 1];
    const named = ids.slice(0, 3).map((id) => `"${id}"`).join(', ') + (ids.length > 3 ? ` and ${ids.length - 3} more` : '');
    return `${ids.length} ${noun} (${named})`;
  });
  return parts.join(', ');
}

/** Keeps every record that parses; reports the ones that do not. */
export function salvage(data: Record<string, unknown>): { state: ProgressState; dropped: string } {
  const state = emptyProgress();
  const dropped: Record<Section, string[]> = { lessons: [], exercises: [], quizAttempts: [], review: [] };
  for (const section of SECTIONS) {
    const records = data[section];
    if (records === undefined) continue;
    if (!isPlainObject(records)) {
      dropped[section].push('the whole list');
      continue;
    }
    for (const [id, record] of Object.entries(records)) {
      const parsed = SECTION_SCHEMAS[section].safeParse(record);
      if (parsed.success) (state[section] as Record<string, unknown>)[id] = parsed.data;
      else dropped[section].push(id);
    }
  }
  return { state, dropped: listDropped(dropped) };
}

export function parseStoredProgress(raw: string | null, now: number): LoadResult {
  if (raw === null || raw === '') return { state: emptyProgress(), problem: null, rewrite: false };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {
      state: emptyProgress(),
      problem: 'Your saved progress in this browser was damaged (it is no longer readable data), so it could not be loaded. The course has started a fresh record.',
      rewrite: true,
    };
  }
  if (!isPlainObject(data)) {
    return {
      state: emptyProgress(),
      problem: 'Your saved progress in this browser was not in the format the course writes, so it could not be loaded. The course has started a fresh record.',
      rewrite: true,
    };
  }
  if (data.version === PROGRESS_VERSION) {
    const parsed = progressStateSchema.safeParse(data);
    if (parsed.success) return { state: parsed.data, problem: null, rewrite: false };
    const { state, dropped } = salvage(data);
    return {
      state,
      problem: `Part of your saved progress could not be read: ${dropped || 'some fields'}. Everything else was kept.`,
      rewrite: true,
    };
  }
  if (data.version === 1) {
    const parsed = progressV1Schema.safeParse(data);
    if (parsed.success) return { state: migrateV1(parsed.data, now), problem: null, rewrite: true };
    return {
      state: emptyProgress(),
      problem: 'Your progress was saved by an older version of the course and part of it was damaged, so it could not be brought over. The course has started a fresh record.',
      rewrite: true,
    };
  }
  if (typeof data.version === 'number' && data.version > PROGRESS_VERSION) {
    // A newer build wrote it (the learner came back to an older copy of the site). Keep what this version understands.
    const { state, dropped } = salvage(data);
    return {
      state,
      problem: `Your progress was saved by a newer version of the course. This version kept what it understands${dropped ? `; it could not read ${dropped}` : ''}.`,
      rewrite: true,
    };
  }
  return {
    state: emptyProgress(),
    problem: 'Your saved progress in this browser had no version the course recognises, so it could not be loaded. The course has started a fresh record.',
    rewrite: true,
  };
}
