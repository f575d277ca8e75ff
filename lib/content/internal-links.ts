/**
 * Finds the site-internal links in a lesson's MDX source, so a test can prove
 * that every one of them leads somewhere.
 */

/** Markdown links `[text](/path)` and JSX `href="/path"`, without external ones. */
export function findInternalLinks(mdx: string): string[] {
  const withoutCode = mdx.replace(/```[\s\S]*?```/g, '');
  const links = new Set<string>();
  for (const match of withoutCode.matchAll(/\]\((\/[^)\s]*)\)/g)) links.add(match[1]);
  for (const match of withoutCode.matchAll(/href=["'](\/[^"']*)["']/g)) links.add(match[1]);
  return [...links];
}
