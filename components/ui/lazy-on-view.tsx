'use client';
/**
 * Client islands that nobody sees on first paint (a lab halfway down a
 * lesson, the read marker at its end) should not cost the page anything
 * until the reader gets near them. lazyOnView(load, fallback) returns a
 * component that renders `fallback` (on the server too, so it is what a
 * reader without JavaScript sees) and starts `load` when its box comes within
 * `rootMargin` of the viewport; the loaded component then replaces the
 * fallback. Give the fallback the loaded component's size so that nothing
 * below it moves (layout shift).
 */
import { useEffect, useRef, useState, type ComponentType, type ReactNode } from 'react';

export function lazyOnView<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: (props: P) => ReactNode,
  { rootMargin = '300px' }: { rootMargin?: string } = {},
): ComponentType<P> {
  // Shared by every instance: the code downloads once per page.
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const start = () =>
    (pending ??= load().then((component) => {
      loaded = component;
      return component;
    }));

  function LazyOnView(props: P) {
    const box = useRef<HTMLDivElement>(null);
    // Always the fallback on the first render, so hydration matches the server's HTML.
    const [Loaded, setLoaded] = useState<ComponentType<P> | null>(null);

    useEffect(() => {
      if (Loaded) return;
      let live = true;
      const show = () => void start().then((component) => live && setLoaded(() => component));
      if (loaded || typeof IntersectionObserver === 'undefined' || !box.current) {
        show();
        return () => {
          live = false;
        };
      }
      const observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((entry) => entry.isIntersecting)) return;
          observer.disconnect();
          show();
        },
        { rootMargin },
      );
      observer.observe(box.current);
      return () => {
        live = false;
        observer.disconnect();
      };
    }, [Loaded]);

    return <div ref={box}>{Loaded ? <Loaded {...props} /> : fallback(props)}</div>;
  }
  return LazyOnView;
}
