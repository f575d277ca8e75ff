/**
 * The quiz pages do not move under the reader while they load: the saved
 * best scores and the saved interview arrive after hydration into space kept
 * for them. Measured with the browser's layout-shift entries (CLS).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** What each page shows once its saved data has arrived, after hydration. */
const READY: Record<string, (page: Page) => Promise<void>> = {
  '/quiz': (page) => expect(page.getByText('Not taken yet').first()).toBeVisible(),
  '/quiz/interview-playbook': (page) => expect(page.getByTestId('lesson-quiz')).toBeVisible(),
  '/quiz/mock': (page) => expect(page.getByRole('button', { name: /^Start the interview/ })).toBeEnabled(),
};

for (const path of Object.keys(READY)) {
  test(`${path} loads without layout shift`, async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { __shifts: number[] }).__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) (window as unknown as { __shifts: number[] }).__shifts.push(entry.value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await READY[path](page);
    // Two frames after the last change, every layout shift it caused has reached the observer.
    await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))));
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
    const cls = shifts.reduce((a, b) => a + b, 0);
    expect(cls, `layout shift on ${path}: ${JSON.stringify(shifts)}`).toBeLessThan(0.01);
  });
}
