/**
 * Loads Pagefind's browser script from our own site (built into
 * `<base>/pagefind/` by scripts/postbuild.mjs) the first time search opens,
 * and turns its results into what the dialog shows. Nothing here runs on a
 * page until the learner opens search.
 */
import { BASE_PATH } from '@/lib/site/site-url';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
}

interface PagefindApi {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(query: string, options?: object, debounceMs?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

export interface SearchHit {
  /** Path inside the site, without the base path (next/navigation adds it), with the heading's #anchor when there is one. */
  href: string;
  title: string;
  /** The heading inside the page, or the quiz question, the passage sits under. */
  section: string | null;
  /** Pagefind's excerpt: text with <mark> around the matched words. */
  excerpt: string;
}

let loading: Promise<PagefindApi> | null = null;

function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = `${BASE_PATH}/pagefind/pagefind.js`;
    // A run-time URL the bundler must leave alone: the file only exists after postbuild.
    const api = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url)) as PagefindApi;
    await api.options({ baseUrl: `${BASE_PATH}/`, excerptLength: 24 });
    await api.init();
    return api;
  })();
  loading.catch(() => {
    loading = null; // let a later open retry (a flaky network on first visit)
  });
  return loading;
}

/** Starts fetching the index as soon as the dialog opens, before the first keystroke. */
export function preloadSearch(): void {
  void loadPagefind().catch(() => undefined);
}

function stripBase(url: string): string {
  return BASE_PATH && url.startsWith(`${BASE_PATH}/`) ? url.slice(BASE_PATH.length) : url;
}

export function toHit(data: PagefindResultData): SearchHit {
  // The best-matching heading section when the page has headings; otherwise the page itself.
  const sub = data.sub_results?.find((s) => s.url !== data.url) ?? null;
  return {
    href: stripBase(sub?.url ?? data.url),
    title: data.meta.title ?? stripBase(data.url),
    section: sub?.title ?? data.meta.section ?? null,
    excerpt: sub?.excerpt ?? data.excerpt,
  };
}

/** Up to `limit` hits for the query, or null when a newer query superseded this one. */
export async function searchSite(query: string, limit = 8): Promise<SearchHit[] | null> {
  const api = await loadPagefind();
  const response = await api.debouncedSearch(query, {}, 150);
  if (!response) return null;
  const data = await Promise.all(response.results.slice(0, limit).map((r) => r.data()));
  return data.map(toHit);
}
