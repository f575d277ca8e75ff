'use client';
/** Jump to any question of the interview; each button says whether it has an answer. */
interface MockStepNavProps {
  count: number;
  current: number;
  answered: (index: number) => boolean;
  onGo: (index: number) => void;
}

export function MockStepNav({ count, current, answered, onGo }: MockStepNavProps) {
  return (
    <nav aria-label="All questions of this interview" className="mt-6">
      <ol className="flex flex-wrap gap-1.5">
        {Array.from({ length: count }, (_, index) => {
          const done = answered(index);
          return (
            <li key={index}>
              <button
                type="button"
                onClick={() => onGo(index)}
                aria-current={index === current ? 'step' : undefined}
                aria-label={`Question ${index + 1}, ${done ? 'answered' : 'not answered'}`}
                className={`h-9 min-w-9 px-1 rounded-md border text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 ${
                  index === current
                    ? 'border-blue-700 bg-blue-700 text-white'
                    : done
                      ? 'border-zinc-500 bg-zinc-200 text-zinc-900 dark:bg-zinc-700 dark:text-zinc-50'
                      : 'border-zinc-400 text-zinc-900 dark:text-zinc-100'
                }`}
              >
                {index + 1}
                {done && index !== current && <span aria-hidden="true">✓</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
