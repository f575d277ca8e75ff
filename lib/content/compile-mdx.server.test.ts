import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMdx } from './compile-mdx.server';

const source = `---
title: T
---

## How a balancer pins a user

Some text.

### The cookie

\`\`\`nginx
upstream app { ip_hash; server a; }
\`\`\`

import { Box } from './box.tsx'

<Box />
`;

function boxDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mdx-'));
  writeFileSync(path.join(dir, 'box.tsx'), 'export function Box() { return <div>local component</div>; }');
  return dir;
}

describe('compileMdx', () => {
  it('bundles local components, highlights code at build time and collects the table of contents', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mdx-'));
    writeFileSync(path.join(dir, 'box.tsx'), 'export function Box() { return <div>local component</div>; }');
    const compiled = await compileMdx(source, { file: 'test.mdx', cwd: dir });
    expect(compiled.frontmatter).toEqual({ title: 'T' });
    expect(compiled.toc).toEqual([
      { depth: 2, id: 'how-a-balancer-pins-a-user', text: 'How a balancer pins a user' },
      { depth: 3, id: 'the-cookie', text: 'The cookie' },
    ]);
    // Shiki emits per-token CSS variables for both themes: no highlighter ships to the browser.
    expect(compiled.code).toContain('--shiki-dark');
    expect(compiled.code).toContain('local component');
  });

  it('reports a broken MDX file with its path', async () => {
    await expect(compileMdx('# Title\n\n<Unclosed>\n', { file: 'content/lessons/09.bad/index.mdx', cwd: tmpdir() })).rejects.toThrow(
      /content\/lessons\/09\.bad\/index\.mdx: the MDX does not compile/,
    );
  });
});
