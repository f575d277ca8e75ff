/**
 * Visits every page reachable from the home page: each must answer 200, log
 * no console error, and pass axe with no serious or critical violation, in
 * the light theme and (for a sample) the dark one.
 */
import { test, expect, expectNoSeriousA11yViolations } from './fixtures';

const MAX_PAGES = 120;

test('every reachable page loads cleanly and passes axe', async ({ page, baseURL }) => {
  // A hang guard, not a speed check: every page of the course with axe on each, on a shared 2-core machine.
  test.setTimeout(900_000);
  const origin = new URL(baseURL!).origin;
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));

  const queue = ['/'];
  const seen = new Set(queue);
  const broken: string[] = [];
  while (queue.length > 0 && seen.size <= MAX_PAGES) {
    const path = queue.shift()!;
    const response = await page.goto(path);
    if (response?.status() !== 200) {
      broken.push(`${path} answered ${response?.status()}`);
      continue;
    }
    await page.waitForLoadState('networkidle');
    await expectNoSeriousA11yViolations(page, path);
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== origin) continue;
      const target = url.pathname.replace(/\.html$/, '');
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  expect(broken, 'internal links that do not resolve').toEqual([]);
  expect(errors, 'console errors').toEqual([]);
  expect(seen.size).toBeGreaterThan(5);
  // The lessons and pages added later must be linked from somewhere, so the crawl checks them too.
  for (const added of ['/lessons/affinity-across-the-stack', '/lessons/affinity-in-operation', '/review-sheet']) {
    expect(seen.has(added), `${added} is reachable`).toBe(true);
  }
});

test('home and a lesson pass axe in the dark theme too', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const path of ['/', '/lessons/what-are-sticky-sessions']) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveClass(/dark/);
    await expectNoSeriousA11yViolations(page, `${path} (dark)`);
  }
});
