'use client';
/**
 * next/link, prefetching on intent instead of on sight. next/link prefetches
 * every link that scrolls into view: on the home page that is a dozen route
 * payloads and their scripts, fetched, parsed and evaluated during the page's
 * first seconds, which a Chromium trace with a 4x CPU slowdown showed as most
 * of the home page's extra main-thread work over a bare Next page. Here a link
 * prefetches when the pointer rests on it, when it takes keyboard focus or
 * when a finger touches it: still ahead of the click (a hover lasts a few
 * hundred milliseconds, a tap's touchstart comes before its click), but only
 * for the page the reader is heading to. `prefetch={false}` turns even that off.
 */
import NextLink from 'next/link';
import { useRouter } from 'next/navigation';
import type { ComponentProps, FocusEvent, MouseEvent, TouchEvent } from 'react';

export type LinkProps = ComponentProps<typeof NextLink>;

export default function Link({ href, prefetch, onMouseEnter, onFocus, onTouchStart, ...props }: LinkProps) {
  const router = useRouter();
  // router.prefetch keeps its own cache: the same page is fetched once, however often this runs.
  const warm = () => {
    if (prefetch === false) return;
    const target = typeof href === 'string' ? href : (href.pathname ?? '');
    if (target.startsWith('/')) router.prefetch(target);
  };
  return (
    <NextLink
      href={href}
      prefetch={false}
      onMouseEnter={(event: MouseEvent<HTMLAnchorElement>) => {
        onMouseEnter?.(event);
        warm();
      }}
      onFocus={(event: FocusEvent<HTMLAnchorElement>) => {
        onFocus?.(event);
        warm();
      }}
      onTouchStart={(event: TouchEvent<HTMLAnchorElement>) => {
        onTouchStart?.(event);
        warm();
      }}
      {...props}
    />
  );
}
