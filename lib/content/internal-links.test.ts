import { describe, expect, it } from 'vitest';
import { findInternalLinks } from './internal-links';

describe('findInternalLinks', () => {
  it('finds markdown and JSX links to the site, not outside links or code', () => {
    const mdx = [
      'See [the hashing lesson](/lessons/hashing#rendezvous) and [NGINX](https://nginx.org/).',
      '<a href="/exercises/ip-hash">try it</a>',
      '```md',
      '[not a link](/inside-code)',
      '```',
    ].join('\n');
    expect(findInternalLinks(mdx)).toEqual(['/lessons/hashing#rendezvous', '/exercises/ip-hash']);
  });
});
