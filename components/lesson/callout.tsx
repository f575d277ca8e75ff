import type { ReactNode } from 'react';

const STYLES = {
  note: 'border-blue-600 bg-blue-50 dark:bg-blue-950/40',
  warning: 'border-amber-600 bg-amber-50 dark:bg-amber-950/40',
  interview: 'border-emerald-600 bg-emerald-50 dark:bg-emerald-950/40',
} as const;

const DEFAULT_TITLES = { note: 'Note', warning: 'Watch out', interview: 'In the interview' } as const;

export type CalloutKind = keyof typeof STYLES;

/** A boxed aside in a lesson. Rendered as a labelled <aside> so screen readers can find and skip it. */
export function Callout({ kind = 'note', title, children }: { kind?: CalloutKind; title?: string; children: ReactNode }) {
  const heading = title ?? DEFAULT_TITLES[kind];
  return (
    <aside aria-label={heading} className={`not-prose my-6 rounded-r-lg border-l-4 px-4 py-3 ${STYLES[kind]}`}>
      <p className="mb-1 font-semibold text-zinc-900 dark:text-zinc-50">{heading}</p>
      <div className="prose prose-zinc max-w-none text-[0.95rem] dark:prose-invert prose-p:my-2 prose-ul:my-2">{children}</div>
    </aside>
  );
}

/** The "in the interview" box every lesson ends a section with. */
export function InterviewBox({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <Callout kind="interview" title={title}>
      {children}
    </Callout>
  );
}
