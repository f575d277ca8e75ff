/** One block of the review sheet: kept whole on a printed page where it fits. */
import Link from '@/components/ui/link';
import type { ReactNode } from 'react';

export function SheetSection({ id, title, lesson, children }: { id: string; title: string; lesson?: { slug: string; label: string }; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="review-sheet-block mt-5 break-inside-avoid">
      <h2 id={id} className="text-lg font-semibold print:text-[11pt]">
        {title}
        {lesson && (
          <Link href={`/lessons/${lesson.slug}`} className="ml-2 text-sm font-normal text-blue-700 underline print:hidden dark:text-blue-300">
            {lesson.label}
          </Link>
        )}
      </h2>
      <div className="mt-1">{children}</div>
    </section>
  );
}

export const TABLE = 'mt-1 w-full border-collapse text-left text-sm print:text-[8pt] [&_td]:border-t [&_td]:border-zinc-300 [&_td]:py-0.5 [&_td]:pr-2 [&_td]:align-top [&_th]:pr-2 [&_th]:font-semibold dark:[&_td]:border-zinc-700';
