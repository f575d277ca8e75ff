/**
 * The components every lesson's MDX can use without importing them. Static
 * ones render on the server; interactive ones are client components that
 * hydrate, and load their code only on pages that render them.
 * Lesson-specific pieces (a one-off diagram) sit beside the lesson's MDX and
 * are imported by it instead.
 */
import Link from '@/components/ui/link';
import { Activity, type ComponentProps } from 'react';
import { Callout, InterviewBox } from './callout';
import { Figure } from './figure';
import { TrafficLab } from '@/components/lab/traffic-lab';
import { Checkpoint } from '@/components/checkpoint/checkpoint';

function MdxLink({ href = '', ...props }: ComponentProps<'a'>) {
  // Internal links go through next/link (prefetched on hover or focus, components/ui/link); outside ones open as plain links.
  if (href.startsWith('/')) return <Link href={href} {...props} />;
  if (href.startsWith('#')) return <a href={href} {...props} />;
  return <a href={href} rel="noreferrer" {...props} />;
}

function MdxTable(props: ComponentProps<'table'>) {
  // Wide tables scroll inside their own box on a phone instead of breaking the layout.
  return (
    <div className="overflow-x-auto" role="region" aria-label="Table" tabIndex={0}>
      <table {...props} />
    </div>
  );
}

function MdxPre(props: ComponentProps<'pre'>) {
  // Long lines scroll sideways; a focusable block lets keyboard users scroll it too.
  return <pre tabIndex={0} {...props} />;
}

/**
 * A section of the page (one h2 and what follows it, grouped by
 * lib/content/sections.ts), inside an Activity boundary that is always
 * visible. The boundary changes nothing on screen or in the HTML (the
 * section is in the HTML where it belongs, readable without JavaScript). It is
 * there because React leaves a server-rendered boundary dehydrated during
 * the page's first hydration and hydrates it afterwards at idle priority, in
 * slices it can interrupt (and at once when the reader clicks inside it), so
 * a long lesson's hydration no longer runs as one long task. (A Suspense
 * boundary would do the same on the client, but Next streams its content
 * out of order, behind a script that moves it into place.)
 */
function MdxSection(props: ComponentProps<'section'>) {
  return (
    <Activity mode="visible">
      <section {...props} />
    </Activity>
  );
}

export const mdxComponents = {
  section: MdxSection,
  pre: MdxPre,
  a: MdxLink,
  table: MdxTable,
  Callout,
  InterviewBox,
  Figure,
  TrafficLab,
  Checkpoint,
};
