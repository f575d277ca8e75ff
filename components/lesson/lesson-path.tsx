import Link from '@/components/ui/link';
import type { LessonMeta } from '@/lib/content/lessons.server';

/** The ordered list of lessons, marking the one being read. */
export function LessonPath({ lessons, current }: { lessons: LessonMeta[]; current?: string }) {
  return (
    <nav aria-label="Course path" className="text-sm">
      <h2 className="mb-2 font-semibold text-zinc-900 dark:text-zinc-100">Course path</h2>
      <ol className="space-y-1">
        {lessons.map((lesson) => {
          const isCurrent = lesson.slug === current;
          return (
            <li key={lesson.slug}>
              <Link
                href={`/lessons/${lesson.slug}`}
                aria-current={isCurrent ? 'page' : undefined}
                className={`flex gap-2 rounded px-2 py-1 ${
                  isCurrent
                    ? 'bg-blue-50 font-medium text-blue-900 dark:bg-blue-950 dark:text-blue-100'
                    : 'text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800'
                }`}
              >
                <span aria-hidden="true" className="tabular-nums text-zinc-600 dark:text-zinc-400">{lesson.order}.</span>
                <span>{lesson.title}</span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
