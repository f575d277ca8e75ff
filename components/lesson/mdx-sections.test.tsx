/**
 * Lesson MDX as the page renders it: compiled by lib/content and rendered
 * with React (which lib/ may not import, see components/boundaries.test.ts).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getMDXComponent } from 'mdx-bundler/client';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { compileMdx } from '@/lib/content/compile-mdx.server';

function boxDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mdx-'));
  writeFileSync(path.join(dir, 'box.tsx'), 'export function Box() { return <div>local component</div>; }');
  return dir;
}

describe('compiled lesson MDX', () => {
  it('groups the body into one section per h2 (the opening stays outside), so each can hydrate on its own', async () => {
    const compiled = await compileMdx("import { Box } from './box.tsx'\n\nOpening.\n\n## One\n\nA.\n\n### Sub\n\n<Box />\n\n## Two\n\nC.\n", {
      file: 'sections.mdx',
      cwd: boxDir(),
    });
    const html = renderToStaticMarkup(createElement(getMDXComponent(compiled.code)));
    const sections = [...html.matchAll(/<section class="mdx-section">(.*?)<\/section>/gs)].map((m) => m[1]);
    expect(html.startsWith('<p>Opening.</p>')).toBe(true);
    expect(sections).toHaveLength(2);
    expect(sections[0]).toMatch(/^<h2 id="one">.*A\..*<h3 id="sub">.*local component/s);
    expect(sections[1]).toMatch(/^<h2 id="two">.*C\./s);
  });

});
