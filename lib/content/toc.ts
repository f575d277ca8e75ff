/**
 * Table of contents from a lesson's headings. Runs as a rehype plugin after
 * rehype-slug, so the ids it records are the ids the page renders.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export interface TocEntry {
  depth: 2 | 3;
  id: string;
  text: string;
}

/** A rehype plugin that appends every h2/h3 (with an id) to `into`. */
export function rehypeCollectToc(into: TocEntry[]) {
  return () => (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'h2' && node.tagName !== 'h3') return;
      const id = node.properties?.id;
      if (typeof id !== 'string' || !id) return;
      into.push({ depth: node.tagName === 'h2' ? 2 : 3, id, text: toString(node).trim() });
    });
  };
}
