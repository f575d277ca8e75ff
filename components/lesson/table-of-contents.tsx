import type { TocEntry } from '@/lib/content/toc';

export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <nav aria-labelledby="toc-heading" className="text-sm">
      <h2 id="toc-heading" className="mb-2 font-semibold text-zinc-900 dark:text-zinc-100">
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
