/**
 * The service worker: precaches the whole static export so that, after one
 * visit, every lesson, exercise (Monaco and the grader worker), quiz, the lab
 * and the search index work with no network. Bundled by esbuild and given its
 * precache list by @serwist/build in scripts/postbuild.mjs; it never runs
 * through Next.
 *
 * Updates are never silent: a new build's worker waits until the page asks it
 * to take over (the "update available" prompt sends SKIP_WAITING), so a
 * learner is not switched to new chunks mid-exercise. Learner data lives in
 * localStorage, which no cache operation here touches.
 */
import { Serwist, type PrecacheEntry } from 'serwist';

// Only what this file uses of the worker scope; the project's lib is DOM.
declare const self: {
  __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  location: Location;
};

const serwist: Serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: {
    cleanupOutdatedCaches: true,
    plugins: [
      {
        // Turbopack starts every worker (the grader, Monaco's) as
        // `turbopack-worker-*.js#params=...` and the worker reads its own
        // location to find its code. A response taken from the cache carries
        // the cached URL, without that fragment, and a worker served with it
        // fails with "Missing worker bootstrap config". A fresh Response has
        // no URL of its own, so the worker keeps the URL it was started with.
        cachedResponseWillBeUsed: async ({ event, cachedResponse }) => {
          const destination = (event as { request?: Request } | undefined)?.request?.destination;
          if (!cachedResponse || (destination !== 'worker' && destination !== 'sharedworker')) return cachedResponse;
          return new Response(cachedResponse.body, { status: cachedResponse.status, statusText: cachedResponse.statusText, headers: cachedResponse.headers });
        },
      },
    ],
    // Files larger than a few MB (Monaco's TypeScript worker) are precached too;
    // the limit itself is set at build time.
    concurrency: 4,
  },
  skipWaiting: false,
  // The first visit is controlled at once, so it is offline-ready without a reload.
  clientsClaim: true,
  runtimeCaching: [
    {
      // A precached file asked for with a query string (a cache-busting
      // `?_rsc=` on client navigation): the precache route only ignores
      // utm_* and fbclid, so serve the precached file for its path here.
      // Rebuilt as above, so the response keeps the URL that was asked for.
      matcher: ({ url, sameOrigin }) => sameOrigin && url.search !== '',
      handler: async ({ request, url }): Promise<Response> => {
        const cached: Response | undefined = await serwist.matchPrecache(url.pathname);
        if (!cached) return fetch(request);
        return new Response(await cached.blob(), { status: cached.status, statusText: cached.statusText, headers: cached.headers });
      },
    },
  ],
});

serwist.addEventListeners();
