/**
 * Groups a compiled page's body into one <section class="mdx-section"> per h2
 * (the heading and everything up to the next h2). The page renders each
 * inside its own Activity boundary (components/lesson/mdx-components.tsx), so
 * React hydrates them after the page, in small idle-time slices, instead of
 * in one long task. Content before the first h2 (the opening, on screen at
 * load) stays as it is. Import and export statements stay at the top level,
 * where MDX needs them. (`content-visibility: auto` on these sections was
 * tried and dropped: skipped sections are invisible to hit testing, so axe's
 * contrast check read the wrong background for text in them.)
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

export const SECTION_CLASS = 'mdx-section';

const isEsm = (node: RootContent) => (node.type as string) === 'mdxjsEsm';
const isH2 = (node: RootContent) => node.type === 'element' && node.tagName === 'h2';

export function rehypeSections() {
  return (tree: Root) => {
    const children: RootContent[] = [];
    let section: Element | null = null;
    for (const node of tree.children) {
      if (isEsm(node)) {
        children.push(node);
        continue;
      }
      if (isH2(node)) {
        section = { type: 'element', tagName: 'section', properties: { className: [SECTION_CLASS] }, children: [] };
        children.push(section);
      }
      if (section) section.children.push(node as ElementContent);
      else children.push(node);
    }
    tree.children = children;
  };
}
