/**
 * Checkpoints inside lessons, checked as data: each names one or two
 * questions from its own lesson's bank, and a lesson that has checkpoints has
 * two or three of them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuizBank } from '@/lib/quiz/bank.server';
import { listLessons } from './lessons.server';

const CHECKPOINT = /<Checkpoint\s+questions=\{\[([^\]]*)\]\}\s*\/>/g;

function checkpointsIn(file: string): string[][] {
  const source = readFileSync(path.join(process.cwd(), file), 'utf8');
  return [...source.matchAll(CHECKPOINT)].map((m) => [...m[1].matchAll(/'([^']+)'/g)].map((id) => id[1]));
}

const lessons = listLessons();
const questions = new Map(loadQuizBank().questions.map((q) => [q.id, q]));

describe('lesson checkpoints', () => {
  it.each(lessons.map((l) => [l.slug, l.file]))('%s: every checkpoint asks one or two of its own questions', (slug, file) => {
    for (const ids of checkpointsIn(file)) {
      expect(ids.length, ids.join(', ')).toBeGreaterThanOrEqual(1);
      expect(ids.length, ids.join(', ')).toBeLessThanOrEqual(2);
      for (const id of ids) expect(questions.get(id)?.lesson, `${id} in ${slug}`).toBe(slug);
    }
  });

  it.each(lessons.map((l) => [l.slug, l.file]))('%s: has two or three checkpoints when it has any', (_slug, file) => {
    const count = checkpointsIn(file).length;
    if (count > 0) expect(count).toBeGreaterThanOrEqual(2);
    expect(count).toBeLessThanOrEqual(3);
  });

  it('every lesson has them', () => {
    const withCheckpoints = lessons.filter((l) => checkpointsIn(l.file).length > 0).map((l) => l.order);
    expect(withCheckpoints).toEqual(lessons.map((l) => l.order));
  });
});
