import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getExercise, listExercises } from './exercises.server';

let dir: string;

function writeExercise(id: string, frontmatter: string, body = '## The task\n\nRoute every request.\n') {
  mkdirSync(path.join(dir, id), { recursive: true });
  writeFileSync(path.join(dir, id, 'statement.mdx'), `---\n${frontmatter}\n---\n\n${body}`);
  writeFileSync(path.join(dir, id, 'starter.ts'), 'export function createBalancer() {}\n');
  writeFileSync(path.join(dir, id, 'solution.ts'), 'export function createBalancer() { return 1; }\n');
}

const GOOD = [
  'title: Round robin',
  'summary: Spread requests evenly over the servers, one after another.',
  'difficulty: intro',
  'lesson: how-balancers-stick',
  'hints:',
  '  - Keep an index of the next server.',
  '  - Wrap the index around the end of the list.',
  '  - When the set changes, continue from where you were.',
].join('\n');

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'exercises-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('exercise content', () => {
  it('lists only exercises with a statement, in catalogue order', () => {
    writeExercise('ip-hash', GOOD.replace('Round robin', 'IP hash'));
    writeExercise('round-robin', GOOD);
    const list = listExercises(dir);
    expect(list.map((e) => e.id)).toEqual(['round-robin', 'ip-hash']);
    expect(list[0]).toMatchObject({ order: 1, difficulty: 'intro', lesson: 'how-balancers-stick' });
  });

  it('names the file and the field of bad frontmatter', () => {
    writeExercise('round-robin', GOOD.replace('difficulty: intro', 'difficulty: easy'));
    expect(() => listExercises(dir)).toThrow(/round-robin\/statement\.mdx.*\n.*`difficulty`/);
  });

  it('refuses fewer than three hints and unknown fields', () => {
    writeExercise('round-robin', GOOD.split('\n').slice(0, 6).join('\n') + '\nauthor: me');
    expect(() => listExercises(dir)).toThrow(/`hints`[\s\S]*unknown field\(s\) author/);
  });

  it('compiles the statement and reads starter and solution', async () => {
    writeExercise('round-robin', GOOD);
    const exercise = await getExercise('round-robin', dir);
    expect(exercise?.hints).toHaveLength(3);
    expect(exercise?.code).toContain('Route every request');
    expect(exercise?.starter).toContain('createBalancer');
    expect(exercise?.solution).toContain('return 1');
  });

  it('returns null for an unknown or absent id', async () => {
    expect(await getExercise('nope', dir)).toBeNull();
    expect(await getExercise('draining', dir)).toBeNull();
  });
});
