import type { ExerciseId } from '@/lib/grader/types';

/** A type error from the editor's TypeScript service, 1-based. */
export interface TypeProblem {
  line: number;
  column: number;
  message: string;
}

/** What both editors (Monaco and the plain textarea) take. */
export interface CodeEditorProps {
  exercise: ExerciseId;
  value: string;
  onChange(value: string): void;
  /** Type errors, or null when this editor cannot check types. */
  onTypeProblems(problems: TypeProblem[] | null): void;
  onRun(): void;
  onSubmit(): void;
  /** Lets the page move focus into the editor (after a reset, from an error link). */
  focusRef?: { current: ((line?: number, column?: number) => void) | null };
  labelledBy: string;
  describedBy?: string;
}
