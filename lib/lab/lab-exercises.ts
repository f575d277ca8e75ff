/**
 * The exercises whose learner code the lab can run as "Your code": the six
 * whose contract is a Balancer, with what their factories take, their titles
 * and the scenario each opens on. Plain data, light enough for any page (the
 * guard that runs the code is in ./learner-balancer.ts, in the worker).
 */
import type { ExerciseId } from '@/lib/grader/types';
import type { PresetId } from './presets';

/** The exercises whose contract is a Balancer, in the course's order: the ones the lab can run. */
export const LAB_EXERCISE_IDS = ['round-robin', 'cookie-affinity', 'ip-hash', 'consistent-hash', 'bounded-load', 'draining'] as const satisfies readonly ExerciseId[];
export type LabExerciseId = (typeof LAB_EXERCISE_IDS)[number];

export function isLabExerciseId(value: unknown): value is LabExerciseId {
  return typeof value === 'string' && (LAB_EXERCISE_IDS as readonly string[]).includes(value);
}

/** The bounded-load exercise's ceiling, the same as the lab's built-in bounded loads. */
export const LAB_LOAD_FACTOR = 1.25;

/** What each exercise's createBalancer takes (docs/exercises.md), with the lab's values. */
export function factoryArgs(exercise: LabExerciseId, idleTimeoutMs: number): unknown[] {
  switch (exercise) {
    case 'cookie-affinity':
    case 'draining':
      return [{ idleTimeoutMs }];
    case 'bounded-load':
      return [{ loadFactor: LAB_LOAD_FACTOR, idleTimeoutMs }];
    default:
      return [];
  }
}

/** The exercises' titles, for the lab's "Your code (…)" (the grader's catalog is too heavy for the page). */
export const LAB_EXERCISE_TITLES: Record<LabExerciseId, string> = {
  'round-robin': 'Round robin',
  'cookie-affinity': 'Cookie affinity',
  'ip-hash': 'IP hash',
  'consistent-hash': 'Consistent hashing',
  'bounded-load': 'Consistent hashing with bounded loads',
  draining: 'Draining',
};

/** The scenario "Try it in the lab" opens for each exercise: the moment its balancer is about. */
export const LAB_PRESET_FOR: Record<LabExerciseId, PresetId> = {
  'round-robin': 'server-failure',
  'cookie-affinity': 'server-failure',
  'ip-hash': 'scale-out',
  'consistent-hash': 'scale-out',
  'bounded-load': 'hot-users',
  draining: 'drain',
};
