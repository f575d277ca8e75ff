'use client';
/**
 * The service-worker registration loads after the page is interactive, like
 * the other every-page islands (components/progress/deferred.tsx), so a
 * lesson's first-load JavaScript does not grow.
 */
import dynamic from 'next/dynamic';

export const DeferredOfflineSupport = dynamic(() => import('./offline-support').then((m) => m.OfflineSupport), { ssr: false });
