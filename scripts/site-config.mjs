/**
 * The two deploy settings, read once from the environment so next.config.mjs,
 * the post-build step and the tests agree on them.
 *
 * BASE_PATH: the sub-path the site is served under, e.g. `/course` for a
 *   GitHub Pages project site (https://user.github.io/course/). Empty for a
 *   site at the root of its host.
 * SITE_URL: the public origin (and path) for canonical links, the sitemap and
 *   social cards, e.g. `https://user.github.io/course`. Without it the
 *   sitemap and canonical links use http://localhost:3000 plus the base path.
 */

/** '' or '/segment[/segment...]' with no trailing slash; rejects anything else. */
export function normaliseBasePath(raw = '') {
  const trimmed = raw.trim().replace(/\/+$/, '');
  if (trimmed === '') return '';
  const withSlash = trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
  if (!/^(\/[A-Za-z0-9._~-]+)+$/.test(withSlash)) {
    throw new Error(`BASE_PATH "${raw}" must be a path like /course (letters, digits, . _ ~ -)`);
  }
  return withSlash;
}

export const basePath = normaliseBasePath(process.env.BASE_PATH ?? '');

/** The site's public URL with no trailing slash, base path included. */
export function siteUrlFrom(env = process.env, base = basePath) {
  const raw = (env.SITE_URL ?? '').trim().replace(/\/+$/, '');
  if (raw === '') return `http://localhost:3000${base}`;
  const url = new URL(raw);
  return url.href.replace(/\/+$/, '');
}

export const siteUrl = siteUrlFrom();
