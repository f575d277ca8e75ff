/**
 * Runs `work` once the page has loaded and the main thread is idle, for
 * things a reader never waits for (registering the service worker). During
 * a page's first seconds the main thread is busy parsing, hydrating and
 * laying out; work started then lengthens the tasks that block input.
 * Returns a function that cancels it.
 */
export function afterLoadIdle(work: () => void, { timeout = 3000 }: { timeout?: number } = {}): () => void {
  let cancelled = false;
  let idle: number | undefined;
  const schedule = () => {
    if (cancelled) return;
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(() => !cancelled && work(), { timeout });
    else idle = window.setTimeout(() => !cancelled && work(), 0);
  };
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
  return () => {
    cancelled = true;
    window.removeEventListener('load', schedule);
    if (idle === undefined) return;
    if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
    else window.clearTimeout(idle);
  };
}
