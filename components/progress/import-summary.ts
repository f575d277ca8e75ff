/** The import diff in words, one line per kind of record, for the confirmation step. */
import type { ChangeList, ImportDiff } from '@/lib/progress/transfer';

const LABELS: [keyof ImportDiff, string, string][] = [
  ['lessons', 'lesson marked as read', 'lessons marked as read'],
  ['exercises', 'exercise result', 'exercise results'],
  ['quizAttempts', 'quiz attempt', 'quiz attempts'],
  ['review', 'review item', 'review items'],
  ['drafts', 'code draft', 'code drafts'],
];

function noun(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

function describe(change: ChangeList, one: string, many: string): string | null {
  const parts: string[] = [];
  if (change.added.length) parts.push(`${noun(change.added.length, one, many)} added`);
  if (change.replaced.length) {
    parts.push(`${noun(change.replaced.length, one, many)} replaced (${change.replaced.slice(0, 4).join(', ')}${change.replaced.length > 4 ? ', …' : ''})`);
  }
  return parts.length ? parts.join('; ') : null;
}

export function summarizeImport(diff: ImportDiff): string[] {
  return LABELS.map(([key, one, many]) => describe(diff[key], one, many)).filter((line): line is string => line !== null);
}
