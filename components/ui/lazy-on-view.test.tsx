import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { lazyOnView } from './lazy-on-view';

describe('lazyOnView', () => {
  it('renders the fallback on the server and does not start loading', () => {
    let loads = 0;
    const Lazy = lazyOnView(
      async () => {
        loads++;
        return ({ name }: { name: string }) => <p>loaded {name}</p>;
      },
      ({ name }) => <p>placeholder for {name}</p>,
    );
    expect(renderToStaticMarkup(<Lazy name="lab" />)).toBe('<div><p>placeholder for lab</p></div>');
    expect(loads).toBe(0);
  });
});
