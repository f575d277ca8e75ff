/**
 * Every exercise the grader knows. The ids and their order are
 * `EXERCISE_IDS` (./types.ts, plain data the client also reads); this
 * record maps each id to its suite, and TypeScript refuses an id without
 * one. What else an id needs (content folder, ambient types, a lesson that
 * links it) is checked by ./registry.test.ts. Adding an exercise, step by
 * step: docs/exercises.md.
 */
import type { ExerciseDefinition } from './scenario';
import { EXERCISE_IDS, type ExerciseId, type ScenarioInfo } from './types';
import { definition as roundRobin } from './exercises/round-robin';
import { definition as cookieAffinity } from './exercises/cookie-affinity';
import { definition as ipHash } from './exercises/ip-hash';
import { definition as consistentHash } from './exercises/consistent-hash';
import { definition as boundedLoad } from './exercises/bounded-load';
import { definition as draining } from './exercises/draining';
import { definition as sessionStore } from './exercises/session-store';

export const DEFINITIONS: Readonly<Record<ExerciseId, ExerciseDefinition>> = {
  'round-robin': roundRobin,
  'cookie-affinity': cookieAffinity,
  'ip-hash': ipHash,
  'consistent-hash': consistentHash,
  'bounded-load': boundedLoad,
  draining,
  'session-store': sessionStore,
};

const BY_ID = new Map<string, ExerciseDefinition>(Object.entries(DEFINITIONS));

export function getExercise(id: string): ExerciseDefinition | null {
  return BY_ID.get(id) ?? null;
}

/** In the order of EXERCISE_IDS (the course's order). */
export function listExercises(): ExerciseDefinition[] {
  return EXERCISE_IDS.map((id) => DEFINITIONS[id]);
}

/** What a page may show before grading: the scenarios without their generators. */
export function listScenarioInfos(id: ExerciseId): ScenarioInfo[] {
  return (getExercise(id)?.scenarios ?? []).map(({ id: sid, title, hidden, budgetMs }) => ({ id: sid, title, hidden, budgetMs }));
}
