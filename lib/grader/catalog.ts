/**
 * Every exercise the grader knows, in the order of the catalogue in
 * EXERCISES.md. To add one: import its `definition` and put it in the list,
 * keeping that order.
 */
import type { ExerciseDefinition } from './scenario';
import type { ExerciseId, ScenarioInfo } from './types';
import { definition as roundRobin } from './exercises/round-robin';
import { definition as cookieAffinity } from './exercises/cookie-affinity';
import { definition as ipHash } from './exercises/ip-hash';
import { definition as consistentHash } from './exercises/consistent-hash';
import { definition as boundedLoad } from './exercises/bounded-load';
import { definition as draining } from './exercises/draining';
import { definition as sessionStore } from './exercises/session-store';

const EXERCISES: ExerciseDefinition[] = [
  roundRobin, // 1 round-robin
  cookieAffinity, // 2 cookie-affinity
  ipHash, // 3 ip-hash
  consistentHash, // 4 consistent-hash
  boundedLoad, // 5 bounded-load
  draining, // 6 draining
  sessionStore, // 7 session-store
];

const BY_ID = new Map<string, ExerciseDefinition>(EXERCISES.map((e) => [e.id, e]));

export function getExercise(id: string): ExerciseDefinition | null {
  return BY_ID.get(id) ?? null;
}

export function listExercises(): ExerciseDefinition[] {
  return EXERCISES.slice();
}

/** What a page may show before grading: the scenarios without their generators. */
export function listScenarioInfos(id: ExerciseId): ScenarioInfo[] {
  return (getExercise(id)?.scenarios ?? []).map(({ id: sid, title, hidden, budgetMs }) => ({ id: sid, title, hidden, budgetMs }));
}
