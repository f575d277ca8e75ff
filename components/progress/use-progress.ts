'use client';
/**
 * The learner's progress in a client component. The server (and the first
 * client render, for hydration) sees an empty state; the saved one arrives
 * right after, and every later change, from this tab or another, re-renders.
 */
import { useSyncExternalStore } from 'react';
import { emptyProgress, getProgress, subscribe, type ProgressState } from '@/lib/progress';

const SERVER_SNAPSHOT = emptyProgress();
const noSubscribe = () => () => {};

export function useProgress(): ProgressState {
  return useSyncExternalStore(subscribe, getProgress, () => SERVER_SNAPSHOT);
}

/** False during server rendering and hydration, true once saved progress can be read. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
}
