import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

/** Presses Tab until the focused element matches `selector`; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 150) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`could not reach ${selector} with the keyboard in ${limit} presses`);
}

test('home → first lesson → next lesson, by keyboard alone', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();

  await tabTo(page, 'a[href^="/lessons/"]:not(nav a)');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/lessons\/what-are-sticky-sessions$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const next = page.locator('a[rel="next"]');
  const nextTitle = (await next.locator('span').last().textContent())?.trim();
  await tabTo(page, 'a[rel="next"]');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/lessons\/how-balancers-stick$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nextTitle!);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/lessons');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('dark mode toggles, persists across reloads, and is applied before first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const html = page.locator('html');
  await expect(html).not.toHaveClass(/dark/);
  await page.getByTestId('theme-toggle').click();
  await expect(html).toHaveClass(/dark/);

  // The class must already be there when the HTML is parsed, before React hydrates.
  await page.goto('/lessons', { waitUntil: 'commit' });
  await page.waitForFunction(() => document.body !== null);
  expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);

  await page.getByTestId('theme-toggle').click();
  await page.reload();
  await expect(html).not.toHaveClass(/dark/);
});

test('the theme follows the system until the learner chooses', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveClass(/dark/);
});

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/lessons/no-such-lesson');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'This page does not exist' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'See all lessons' })).toBeVisible();
});

test('every page in the sitemap fits a 360 px phone without sideways scrolling', async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 360, height: 740 });
  const sitemap = await (await page.request.get('/sitemap.xml')).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  expect(paths.length, 'the sitemap lists the lessons, exercises and quizzes').toBeGreaterThan(20);
  const wide: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) wide.push(`${path} scrolls sideways by ${overflow}px`);
  }
  expect(wide).toEqual([]);
});
