'use client';
import { useSyncExternalStore } from 'react';
import { emptyProgress, getProgress, subscribe, type ExerciseRecord } from '@/lib/progress';

const SERVER_SNAPSHOT = emptyProgress();

/** This exercise's saved record (best result, solved, last passing code), live across tabs. */
export function useExerciseRecord(exerciseId: string): ExerciseRecord | undefined {
  const progress = useSyncExternalStore(subscribe, getProgress, () => SERVER_SNAPSHOT);
  return progress.exercises[exerciseId];
}
