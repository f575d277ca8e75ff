import type { TocEntry } from '@/lib/content/toc';

/** `variant` tells the inline (phone) copy from the sidebar one, so their landmarks stay distinct. */
export function TableOfContents({ entries, variant = 'sidebar' }: { entries: TocEntry[]; variant?: 'sidebar' | 'inline' }) {
  if (entries.length === 0) return null;
  const headingId = `toc-heading-${variant}`;
  return (
    <nav aria-labelledby={headingId} className="text-sm">
      <h2 id={headingId} className={variant === 'inline' ? 'sr-only' : 'mb-2 font-semibold text-zinc-900 dark:text-zinc-100'}>
        On this page
      </h2>
      <ol className="space-y-1 border-l border-zinc-200 dark:border-zinc-800">
        {entries.map((entry) => (
          <li key={entry.id} className={entry.depth === 3 ? 'pl-6' : 'pl-3'}>
            <a
              href={`#${entry.id}`}
              className="block py-0.5 text-zinc-600 hover:text-zinc-950 dark:text-zinc-400 dark:hover:text-white"
            >
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
