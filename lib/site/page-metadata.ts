/**
 * Per-page metadata with a canonical URL and the Open Graph / Twitter card
 * fields link previews read. URLs are built absolute here (SITE_URL already
 * holds the base path) rather than through metadataBase, whose resolution of
 * '/path' would drop a sub-path.
 */
import type { Metadata } from 'next';
import { absoluteUrl } from './site-url';

export const SITE_NAME = 'Sticky Sessions, for real';

export function pageMetadata({ title, description, path }: { title: string; description: string; path: string }): Metadata {
  const url = absoluteUrl(path);
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { title, description, url, siteName: SITE_NAME, type: path.startsWith('/lessons/') ? 'article' : 'website', locale: 'en' },
    twitter: { card: 'summary_large_image', title, description },
  };
}
