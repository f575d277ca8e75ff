import type { ReactNode } from 'react';

/**
 * A diagram with a caption. Diagrams are inline SVG (crisp, themable, and
 * readable by screen readers through their <title>), never screenshots.
 */
export function Figure({ caption, children }: { caption: ReactNode; children: ReactNode }) {
  return (
    <figure className="not-prose my-8">
      <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white p-4 text-zinc-800 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100">
        {children}
      </div>
      <figcaption className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{caption}</figcaption>
    </figure>
  );
}
