/**
 * Adding an exercise is checked, not remembered (docs/exercises.md, "How to
 * add an exercise"). For every id in EXERCISE_IDS this names what is
 * missing: the suite in the catalog, the content folder and its files, the
 * ambient types and factory signature, the export name the grader looks
 * for, and a lesson whose frontmatter links the exercise.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { ambientFor, FACTORY_SIGNATURES } from './ambient';
import { DEFINITIONS, getExercise } from './catalog';
import { EXERCISE_IDS } from './types';

const EXERCISES_DIR = path.join(process.cwd(), 'content', 'exercises');
const LESSONS_DIR = path.join(process.cwd(), 'content', 'lessons');
const REQUIRED_FILES = ['statement.mdx', 'starter.ts', 'solution.ts', 'alternative.ts'];
const MIN_WRONG = 3;

function lessonLinks(): Map<string, string[]> {
  const links = new Map<string, string[]>();
  for (const folder of readdirSync(LESSONS_DIR)) {
    const file = path.join(LESSONS_DIR, folder, 'index.mdx');
    if (!existsSync(file)) continue;
    const exercises: unknown = matter(readFileSync(file, 'utf8')).data.exercises;
    for (const id of Array.isArray(exercises) ? exercises : []) links.set(String(id), [...(links.get(String(id)) ?? []), folder]);
  }
  return links;
}

/** Everything one exercise id lacks, as sentences naming the file or entry to add. */
function missingFor(id: string, links: Map<string, string[]>): string[] {
  const missing: string[] = [];
  const definition = getExercise(id);
  if (!definition) missing.push(`${id}: no suite in lib/grader/catalog.ts (DEFINITIONS)`);
  else if (definition.id !== id) missing.push(`${id}: DEFINITIONS['${id}'] is the suite of '${definition.id}'`);
  const dir = path.join(EXERCISES_DIR, id);
  for (const file of REQUIRED_FILES) if (!existsSync(path.join(dir, file))) missing.push(`${id}: no content/exercises/${id}/${file}`);
  const wrongDir = path.join(dir, 'wrong');
  const wrong = existsSync(wrongDir) ? readdirSync(wrongDir).filter((f) => f.endsWith('.ts')) : [];
  if (wrong.length < MIN_WRONG) missing.push(`${id}: content/exercises/${id}/wrong/ holds ${wrong.length} wrong solutions, at least ${MIN_WRONG} are needed`);
  const signature = (FACTORY_SIGNATURES as Record<string, string | undefined>)[id];
  if (!signature) missing.push(`${id}: no factory signature in lib/grader/ambient.ts (FACTORY_SIGNATURES)`);
  else if (definition && !signature.startsWith(`export function ${definition.exportName}(`)) {
    missing.push(`${id}: the suite's exportName ${definition.exportName} is not the factory of FACTORY_SIGNATURES (${signature})`);
  }
  // The common part declares requests and decisions; each exercise adds the interface its factory returns.
  if (!/interface (Balancer|CartService) \{/.test(ambientFor(id as never))) {
    missing.push(`${id}: no ambient types in lib/grader/ambient.ts (EXTRAS)`);
  }
  if (!links.has(id)) missing.push(`${id}: no lesson links it (add it to "exercises:" in a content/lessons/*/index.mdx frontmatter)`);
  return missing;
}

describe('exercise registry', () => {
  const links = lessonLinks();

  it.each([...EXERCISE_IDS])('%s has everything an exercise needs', (id) => {
    expect(missingFor(id, links)).toEqual([]);
  });

  it('names what is missing for an id that was only added to EXERCISE_IDS', () => {
    const missing = missingFor('load-shedding', links);
    expect(missing).toContain('load-shedding: no suite in lib/grader/catalog.ts (DEFINITIONS)');
    expect(missing).toContain('load-shedding: no content/exercises/load-shedding/statement.mdx');
    expect(missing).toContain('load-shedding: no factory signature in lib/grader/ambient.ts (FACTORY_SIGNATURES)');
    expect(missing.some((m) => m.startsWith('load-shedding: no lesson links it'))).toBe(true);
  });

  it('has one suite per id and no other', () => {
    expect(Object.keys(DEFINITIONS).sort()).toEqual([...EXERCISE_IDS].sort());
  });
});
