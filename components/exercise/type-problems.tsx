'use client';
/** The editor's type errors, listed before any run, each a link to its line. */
import type { TypeProblem } from './editor-types';

export function TypeProblems({ problems, onGoTo }: { problems: TypeProblem[] | null; onGoTo: (line: number, column: number) => void }) {
  if (problems === null) return null;
  if (problems.length === 0) {
    return <p className="text-sm text-emerald-800 dark:text-emerald-300" data-testid="type-status">No type errors.</p>;
  }
  return (
    <details className="rounded-md border border-amber-500 px-3 py-2 text-sm" data-testid="type-status">
      <summary className="cursor-pointer font-medium">
        {problems.length === 1 ? '1 type error' : `${problems.length} type errors`}: you can still run, but fix {problems.length === 1 ? 'it' : 'them'} first if you can.
      </summary>
      <ul className="mt-2 space-y-1">
        {problems.slice(0, 20).map((p, i) => (
          <li key={i}>
            <button type="button" className="text-left underline" onClick={() => onGoTo(p.line, p.column)}>
              Line {p.line}, column {p.column}
            </button>
            : {p.message}
          </li>
        ))}
      </ul>
    </details>
  );
}
