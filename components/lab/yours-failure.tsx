'use client';
/**
 * Why "Your code" stopped (a throw, a bad decision, a loop that never
 * returned), with the way back to the editor and a restart. The rest of the
 * lab keeps running: a built-in strategy beside it is not affected.
 */
import Link from 'next/link';
import type { LabExerciseId } from '@/lib/lab/lab-exercises';

export function YoursFailure({ failure, exercise, shared = false, onRestart }: { failure: { message: string; line?: number }; exercise: LabExerciseId | null; shared?: boolean; onRestart: () => void }) {
  const who = shared ? 'The shared code' : 'Your code';
  return (
    <div role="alert" className="space-y-2 rounded border border-red-700 bg-red-50 p-3 text-red-900 dark:bg-red-950 dark:text-red-100" data-testid="lab-yours-failure">
      <p className="font-semibold">{who} stopped this run.</p>
      <p className="break-words">{failure.message}</p>
      <div className="flex flex-wrap gap-2">
        {/* Shared code is not in the editor: the lab's "Open this code in the editor" offers it there. */}
        {exercise && !shared && (
          <Link className="rounded border border-current px-3 py-1.5 font-medium underline-offset-2 hover:underline" href={`/exercises/${exercise}`}>
            Back to the editor{failure.line ? ` (line ${failure.line})` : ''}
          </Link>
        )}
        <button type="button" className="rounded border border-current px-3 py-1.5 font-medium" onClick={onRestart}>
          Restart {shared ? 'the shared code' : 'your code'}
        </button>
      </div>
    </div>
  );
}
