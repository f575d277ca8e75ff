'use client';
/**
 * Loads Monaco the way the exercise page does (next/dynamic without SSR, the
 * download started while the page hydrates), and mounts it bare.
 */
import dynamic from 'next/dynamic';
import type { ExerciseId } from '@/lib/grader/types';

const load = () => import('./bare-monaco-editor');
const Editor = dynamic(load, { ssr: false });
if (typeof window !== 'undefined') void load();

export function BareMonaco(props: { exercise: ExerciseId; starter: string }) {
  return <Editor {...props} />;
}
