import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { DeferredOfflineSupport } from '@/components/offline/deferred-offline';
import { DeferredProgressIssueBanner } from '@/components/progress/deferred';
import { SITE_URL } from '@/lib/site/site-url';
import { SiteHeader } from '@/components/site/site-header';
import { ThemeScript } from '@/components/ui/theme-script';
import './globals.css';

export const metadata: Metadata = {
  // With its path: Next 16 builds social image URLs without the base path and joins them onto this one's path.
  metadataBase: new URL(SITE_URL),
  title: { default: 'Sticky Sessions, for real', template: '%s · Sticky Sessions, for real' },
  description:
    'Learn session affinity for load balancers in depth: how real balancers do it, what breaks and by how much, and the stateless alternatives. Write and grade your own balancer in the browser.',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#09090b' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The theme script sets the class before hydration; React must not fight it.
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-screen bg-white text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <a
          href="#main"
          className="sr-only z-50 rounded bg-blue-700 px-4 py-2 text-white focus:not-sr-only focus:fixed focus:left-4 focus:top-4"
        >
          Skip to content
        </a>
        <SiteHeader />
        <DeferredProgressIssueBanner />
        <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 focus:outline-none">
          {children}
        </main>
        <footer className="mx-auto max-w-6xl border-t border-zinc-200 px-4 py-6 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
          Everything here runs in your browser: your code, your progress, your drafts. Nothing is sent anywhere.
        </footer>
        <DeferredOfflineSupport />
      </body>
    </html>
  );
}
