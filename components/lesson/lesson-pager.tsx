import Link from '@/components/ui/link';
import type { LessonMeta } from '@/lib/content/lessons.server';

/** Previous / next lesson, as a labelled navigation landmark. */
export function LessonPager({ prev, next }: { prev: LessonMeta | null; next: LessonMeta | null }) {
  return (
    <nav aria-label="Lesson path" className="mt-12 grid gap-4 border-t border-zinc-200 pt-6 sm:grid-cols-2 dark:border-zinc-800">
      {prev ? (
        <Link href={`/lessons/${prev.slug}`} rel="prev" className="rounded-lg border border-zinc-200 p-4 hover:border-blue-600 dark:border-zinc-800">
          <span className="block text-sm text-zinc-600 dark:text-zinc-400">Previous</span>
          <span className="font-medium">{prev.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={`/lessons/${next.slug}`} rel="next" className="rounded-lg border border-zinc-200 p-4 text-right hover:border-blue-600 dark:border-zinc-800">
          <span className="block text-sm text-zinc-600 dark:text-zinc-400">Next</span>
          <span className="font-medium">{next.title}</span>
        </Link>
      ) : null}
    </nav>
  );
}
