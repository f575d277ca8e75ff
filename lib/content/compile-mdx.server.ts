import 'server-only';
import { bundleMDX } from 'mdx-bundler';
import rehypeShiki from '@shikijs/rehype';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { ContentError } from './lesson-schema';
import { rehypeSections } from './sections';
import { rehypeCollectToc, type TocEntry } from './toc';

export interface CompiledMdx {
  /** The bundled MDX module, evaluated by getMDXComponent on the server. */
  code: string;
  frontmatter: Record<string, unknown>;
  toc: TocEntry[];
}

/**
 * Compiles one MDX file with the components beside it (mdx-bundler resolves
 * relative imports from `cwd`). Code is highlighted here, at build time, so no
 * highlighter ships to the browser.
 */
export async function compileMdx(source: string, options: { file: string; cwd: string }): Promise<CompiledMdx> {
  const toc: TocEntry[] = [];
  try {
    const { code, frontmatter } = await bundleMDX({
      source,
      cwd: options.cwd,
      mdxOptions(mdx) {
        mdx.remarkPlugins = [...(mdx.remarkPlugins ?? []), remarkGfm];
        mdx.rehypePlugins = [
          ...(mdx.rehypePlugins ?? []),
          rehypeSlug,
          // Wrapping makes the heading text itself the link: one accessible name, no icon-only link.
          [rehypeAutolinkHeadings, { behavior: 'wrap', properties: { className: ['heading-link'] } }],
          rehypeCollectToc(toc),
          // The high-contrast GitHub themes: the regular ones have tokens under 4.5:1 (WCAG AA).
          [rehypeShiki, { themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' }, defaultColor: false }],
          // One section per h2, each hydrated after the page (lib/content/sections.ts).
          rehypeSections,
        ];
        return mdx;
      },
      esbuildOptions(esbuild) {
        esbuild.minify = true;
        esbuild.target = 'es2022';
        return esbuild;
      },
    });
    return { code, frontmatter, toc };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ContentError(`${options.file}: the MDX does not compile\n  ${detail.split('\n').join('\n  ')}`);
  }
}
