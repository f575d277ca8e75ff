'use client';
/**
 * The service-worker registration loads after the page has loaded and the
 * main thread is idle (components/ui/after-load.ts), like the other
 * every-page islands (components/progress/deferred.tsx): a lesson's
 * first-load JavaScript does not grow, and registering (and the worker
 * fetching the site for offline use) does not compete with the page's own
 * first work.
 */
import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';
import { afterLoadIdle } from '@/components/ui/after-load';

const OfflineSupport = dynamic(() => import('./offline-support').then((m) => m.OfflineSupport), { ssr: false });

export function DeferredOfflineSupport() {
  const [ready, setReady] = useState(false);
  useEffect(() => afterLoadIdle(() => setReady(true)), []);
  return ready ? <OfflineSupport /> : null;
}
