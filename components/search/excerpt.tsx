/**
 * Shows a Pagefind excerpt with its <mark> highlights, without putting the
 * excerpt's HTML into the page: the text is parsed inertly (DOMParser never
 * runs scripts) and only text and <mark> become React nodes.
 */
import type { ReactNode } from 'react';

export function excerptParts(html: string): { text: string; marked: boolean }[] {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const parts: { text: string; marked: boolean }[] = [];
  const walk = (node: Node, marked: boolean) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) parts.push({ text: child.textContent ?? '', marked });
      else walk(child, marked || child.nodeName === 'MARK');
    }
  };
  walk(doc.body, false);
  return parts;
}

export function Excerpt({ html }: { html: string }): ReactNode {
  return excerptParts(html).map((part, i) =>
    part.marked ? (
      <mark key={i} className="rounded bg-yellow-200 px-0.5 text-inherit dark:bg-yellow-700/60">
        {part.text}
      </mark>
    ) : (
      <span key={i}>{part.text}</span>
    ),
  );
}
