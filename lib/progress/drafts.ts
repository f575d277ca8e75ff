/**
 * Drafts of exercise code live under their own keys, one per exercise, so
 * that saving while typing writes a few kilobytes, not the whole progress.
 */
import { z } from 'zod';
import { DRAFT_PREFIX, draftKey } from '@/lib/storage/keys';
import { storageKeys, type KeyValueStorage } from '@/lib/storage/web-storage';

export const draftSchema = z.object({ code: z.string(), savedAt: z.number().int().nonnegative() });
export type Draft = z.infer<typeof draftSchema>;

export function encodeDraft(code: string, savedAt: number): string {
  return JSON.stringify({ code, savedAt });
}

/** A draft that does not parse is treated as absent: the learner gets the starter back, not a crash. */
export function decodeDraft(raw: string | null): Draft | null {
  if (raw === null) return null;
  try {
    const parsed = draftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function readAllDrafts(storage: KeyValueStorage): Record<string, Draft> {
  const drafts: Record<string, Draft> = {};
  for (const key of storageKeys(storage)) {
    if (!key.startsWith(DRAFT_PREFIX)) continue;
    const draft = decodeDraft(storage.getItem(key));
    if (draft) drafts[key.slice(DRAFT_PREFIX.length)] = draft;
  }
  return drafts;
}

export { draftKey };
