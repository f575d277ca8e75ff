/**
 * The mock interview in progress, kept in localStorage so a reload resumes
 * it. What comes back is validated: a damaged value is dropped with a plain
 * message, never a crash.
 */
import { z } from 'zod';
import { MOCK_INTERVIEW_KEY } from '@/lib/storage/keys';
import type { KeyValueStorage } from '@/lib/storage/web-storage';
import type { MockSession } from './mock-session';

const answerSchema = z.union([
  z.object({ kind: z.literal('choice'), selected: z.array(z.string()) }),
  z.object({ kind: z.literal('order'), order: z.array(z.string()) }),
]);

const sessionSchema = z.object({
  version: z.literal(1),
  seed: z.number().int(),
  startedAt: z.number(),
  deadline: z.number(),
  questionIds: z.array(z.string()).min(1),
  promptIds: z.array(z.string()),
  answers: z.record(z.string(), answerSchema),
  openAnswers: z.record(z.string(), z.object({ text: z.string(), covered: z.array(z.number().int().min(0)), revealed: z.boolean() })),
  step: z.number().int().min(0),
  finishedAt: z.number().nullable(),
  endedBy: z.enum(['submitted', 'time']).nullable(),
  // Absent in interviews saved before the flag existed: those are treated as not yet recorded.
  recorded: z.boolean().default(false),
});

export type LoadedMock = { session: MockSession | null; problem: string | null };

/** Reads the saved interview; `knownIds` drops sessions that name questions no longer in the bank. */
export function loadMock(storage: KeyValueStorage, knownIds: ReadonlySet<string>): LoadedMock {
  let raw: string | null;
  try {
    raw = storage.getItem(MOCK_INTERVIEW_KEY);
  } catch {
    return { session: null, problem: 'This browser blocks saved data, so a reload will restart the interview.' };
  }
  if (raw === null) return { session: null, problem: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const result = sessionSchema.safeParse(parsed);
  const stale = result.success && result.data.questionIds.some((id) => !knownIds.has(id));
  if (!result.success || stale) {
    storage.removeItem(MOCK_INTERVIEW_KEY);
    return {
      session: null,
      problem: stale
        ? 'Your saved mock interview used questions that have since changed, so it was set aside. Start a new one.'
        : 'Your saved mock interview could not be read (the saved data was damaged), so it was set aside. Start a new one.',
    };
  }
  return { session: result.data, problem: null };
}

export function saveMock(storage: KeyValueStorage, session: MockSession): boolean {
  try {
    storage.setItem(MOCK_INTERVIEW_KEY, JSON.stringify(session));
    return true;
  } catch {
    return false;
  }
}

export function clearMock(storage: KeyValueStorage): void {
  try {
    storage.removeItem(MOCK_INTERVIEW_KEY);
  } catch {
    // Nothing to clear when storage is blocked.
  }
}
