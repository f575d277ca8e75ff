/**
 * The deploy settings as the pages see them (set in next.config.mjs from
 * BASE_PATH and SITE_URL; see scripts/site-config.mjs). Plain strings so both
 * server pages and client components can use them.
 */
export const BASE_PATH: string = process.env.NEXT_PUBLIC_BASE_PATH ?? '';
export const SITE_URL: string = process.env.NEXT_PUBLIC_SITE_URL ?? `http://localhost:3000${BASE_PATH}`;

/** A path inside the site (starting with '/') with the base path in front, for URLs next/link does not build. */
export function withBasePath(path: string): string {
  return `${BASE_PATH}${path}`;
}

/** The absolute public URL of a path inside the site, for canonical links, the sitemap and social cards. */
export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path === '/' ? '/' : path}`;
}
