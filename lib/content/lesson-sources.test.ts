/**
 * Every lesson ends with its sources: a "## Sources" section that links to at
 * least one primary source (vendor documentation, an RFC, a paper, a source
 * file). A product claim a reader cannot check is a review finding; a lesson
 * with no sources at all fails here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listLessons } from './lessons.server';

/** The body of the "## Sources" section: from its heading to the next level-2 heading or the end. */
function sourcesSection(mdx: string): string | undefined {
  const match = /^## Sources[ \t]*$/m.exec(mdx);
  if (!match) return undefined;
  const rest = mdx.slice(match.index + match[0].length);
  const next = /^## /m.exec(rest);
  return next ? rest.slice(0, next.index) : rest;
}

/** Markdown links to absolute http(s) addresses. */
function externalLinks(markdown: string): string[] {
  return Array.from(markdown.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g), (m) => m[1]);
}

describe('sourcesSection', () => {
  it('takes the section up to the next level-2 heading and ignores deeper headings', () => {
    const mdx = '## Intro\ntext\n\n## Sources\n\n- [A](https://a.example/x)\n### more\n- [B](https://b.example)\n\n## After\n[C](https://c.example)';
    expect(externalLinks(sourcesSection(mdx)!)).toEqual(['https://a.example/x', 'https://b.example']);
  });

  it('finds nothing when there is no such heading', () => {
    expect(sourcesSection('## Source material\n[A](https://a.example)')).toBeUndefined();
  });
});

describe('every lesson cites its sources', () => {
  it.each(listLessons().map((lesson) => [lesson.slug, lesson.file]))('%s has a Sources section with at least one link', (_slug, file) => {
    const section = sourcesSection(readFileSync(path.join(process.cwd(), file), 'utf8'));
    expect(section, `${file}: add a "## Sources" section at the end`).toBeDefined();
    expect(externalLinks(section!).length, `${file}: the Sources section links to nothing`).toBeGreaterThan(0);
  });
});
