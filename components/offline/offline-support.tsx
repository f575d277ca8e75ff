'use client';
/**
 * Registers the service worker (built by scripts/postbuild.mjs) so the course
 * works offline after a first visit, and asks before switching to a new
 * build: when a newer worker is waiting, a prompt offers to reload; the new
 * build only takes over when the learner agrees (or every tab is closed).
 * Progress is in localStorage and is not touched by an update.
 */
import { Serwist } from '@serwist/window';
import { useEffect, useRef, useState } from 'react';
import { BASE_PATH } from '@/lib/site/site-url';

export function OfflineSupport() {
  const [updateReady, setUpdateReady] = useState(false);
  const serwistRef = useRef<Serwist | null>(null);

  useEffect(() => {
    // `next dev` serves no sw.js; only the built site has one.
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    const serwist = new Serwist(`${BASE_PATH}/sw.js`, { scope: `${BASE_PATH}/`, type: 'classic' });
    serwistRef.current = serwist;
    serwist.addEventListener('waiting', () => setUpdateReady(true));
    // The new worker took over because this tab asked: load the new build.
    serwist.addEventListener('controlling', (event) => {
      if (event.isUpdate) window.location.reload();
    });
    void serwist.register();
    // Look for a new build when the learner comes back to the tab, not only on full page loads.
    const onVisible = () => {
      if (document.visibilityState === 'visible') void serwist.update();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);

  if (!updateReady) return null;
  return (
    <div
      role="region"
      aria-label="Course update"
      data-testid="update-prompt"
      className="fixed inset-x-3 bottom-3 z-50 mx-auto flex max-w-lg flex-wrap items-center gap-3 rounded-lg border border-blue-300 bg-white p-4 shadow-lg dark:border-blue-800 dark:bg-zinc-900"
    >
      <p role="status" className="min-w-0 flex-1 text-sm">
        A new version of the course is available. Reload to use it; your progress and drafts are kept.
      </p>
      <button
        type="button"
        onClick={() => serwistRef.current?.messageSkipWaiting()}
        className="rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
      >
        Reload now
      </button>
      <button
        type="button"
        onClick={() => setUpdateReady(false)}
        className="rounded-md px-3 py-2 text-sm text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
      >
        Later
      </button>
    </div>
  );
}
