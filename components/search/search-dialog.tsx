'use client';
/**
 * The search dialog: a modal <dialog> (focus stays inside, Escape closes)
 * holding a combobox input and a listbox of results. Arrow keys move the
 * active result, Enter opens it, and a polite live region says how many
 * results there are. Loaded only when search is first opened.
 */
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import { Excerpt } from './excerpt';
import { preloadSearch, searchSite, type SearchHit } from './pagefind';

type Status = 'idle' | 'searching' | 'done' | 'error';

export default function SearchDialog({ onClose }: { onClose: () => void }) {
  const router = useRouter();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [active, setActive] = useState(0);
  const [status, setStatus] = useState<Status>('idle');
  const ids = useId();
  const listboxId = `${ids}-results`;
  const optionId = (i: number) => `${ids}-option-${i}`;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    inputRef.current?.focus();
    preloadSearch();
  }, []);

  useEffect(() => {
    const trimmed = query.trim();
    if (trimmed === '') {
      setHits([]);
      setStatus('idle');
      return;
    }
    let current = true;
    setStatus('searching');
    searchSite(trimmed).then(
      (found) => {
        if (!current || found === null) return;
        setHits(found);
        setActive(0);
        setStatus('done');
      },
      () => current && setStatus('error'),
    );
    return () => {
      current = false;
    };
  }, [query]);

  const open = (hit: SearchHit) => {
    dialogRef.current?.close();
    router.push(hit.href);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (hits.length === 0) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => (i + 1) % hits.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (i - 1 + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(hits[active]);
    }
  };

  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
    // optionId is stable for the dialog's life
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);

  const message =
    status === 'searching'
      ? 'Searching…'
      : status === 'error'
        ? 'Search could not load. Check your connection and try again.'
        : status === 'done'
          ? hits.length === 0
            ? `No results for “${query.trim()}”.`
            : `${hits.length} result${hits.length === 1 ? '' : 's'}. Use the up and down arrows to choose, Enter to open.`
          : 'Type to search lessons, exercises and quiz explanations.';

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={`${ids}-title`}
      onClose={onClose}
      // A click on the backdrop (the dialog box itself, outside its content) closes it.
      onClick={(event) => event.target === dialogRef.current && dialogRef.current?.close()}
      className="mx-auto mt-[8vh] w-[min(40rem,calc(100vw-1.5rem))] rounded-xl border border-zinc-200 bg-white p-0 text-zinc-900 shadow-2xl backdrop:bg-zinc-950/50 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
    >
      <div className="flex flex-col">
        <div className="flex items-center gap-2 border-b border-zinc-200 p-3 dark:border-zinc-700">
          <h2 id={`${ids}-title`} className="sr-only">
            Search the course
          </h2>
          <input
            ref={inputRef}
            type="search"
            role="combobox"
            aria-label="Search the course"
            aria-expanded={hits.length > 0}
            aria-controls={listboxId}
            aria-autocomplete="list"
            aria-activedescendant={hits.length > 0 ? optionId(active) : undefined}
            autoComplete="off"
            spellCheck={false}
            placeholder="Search lessons, exercises, quizzes"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onKeyDown}
            className="min-w-0 flex-1 rounded-md border border-zinc-300 bg-white px-3 py-2 text-base focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-zinc-600 dark:bg-zinc-950"
          />
          <button
            type="button"
            onClick={() => dialogRef.current?.close()}
            className="rounded-md px-3 py-2 text-sm text-zinc-700 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:text-zinc-200 dark:hover:bg-zinc-800"
          >
            Close
          </button>
        </div>
        <p role="status" className="px-4 pt-3 text-sm text-zinc-600 dark:text-zinc-400" data-testid="search-status">
          {message}
        </p>
        <ul id={listboxId} role="listbox" aria-label="Search results" className="max-h-[60vh] overflow-y-auto p-2">
          {hits.map((hit, i) => (
            <li
              key={`${hit.href}-${i}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              onClick={() => open(hit)}
              onMouseMove={() => setActive(i)}
              className={`cursor-pointer rounded-lg p-3 ${i === active ? 'bg-blue-50 ring-2 ring-blue-600 dark:bg-blue-950' : ''}`}
            >
              <span className="block font-medium text-blue-800 dark:text-blue-300">{hit.title}</span>
              {hit.section && <span className="block text-sm font-medium text-zinc-700 dark:text-zinc-300">{hit.section}</span>}
              <span className="mt-1 block text-sm text-zinc-700 dark:text-zinc-300">
                <Excerpt html={hit.excerpt} />
              </span>
            </li>
          ))}
        </ul>
      </div>
    </dialog>
  );
}
