import { getMDXComponent } from 'mdx-bundler/client';
import { mdxComponents } from './mdx-components';

/** Evaluates a compiled lesson on the server; only its client widgets reach the browser. */
export function MdxContent({ code }: { code: string }) {
  const Component = getMDXComponent(code);
  return <Component components={mdxComponents} />;
}
