'use client';
/**
 * "Try it in the lab": saves the draft as it is now (type errors and all, as
 * Run takes it) and opens the traffic lab with it as the strategy "Your
 * code", on the scenario the exercise is about. The lab reads the draft from
 * this browser's storage; the code never goes into the address.
 */
import Link from 'next/link';
import { LAB_PRESET_FOR, type LabExerciseId } from '@/lib/lab/lab-exercises';
import { saveDraft } from '@/lib/progress';

export function TryInLab({ exercise, code, flush }: { exercise: LabExerciseId; code: string; flush: () => void }) {
  return (
    <Link
      href={`/lab?preset=${LAB_PRESET_FOR[exercise]}&strategy=yours&code=${exercise}`}
      onClick={() => {
        flush();
        saveDraft(exercise, code);
      }}
      className="inline-flex items-center rounded-md border border-zinc-400 px-3 py-2 text-sm font-semibold text-zinc-900 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-zinc-600 dark:text-zinc-100 dark:hover:bg-zinc-800"
    >
      Try it in the lab
    </Link>
  );
}
