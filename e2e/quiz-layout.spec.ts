/**
 * The quiz pages do not move under the reader while they load: the saved
 * best scores and the saved interview arrive after hydration into space kept
 * for them. Measured with the browser's layout-shift entries (CLS).
 */
import { expect, test } from './fixtures';

for (const path of ['/quiz', '/quiz/interview-playbook', '/quiz/mock']) {
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
    await page.waitForTimeout(1_000);
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
    const cls = shifts.reduce((a, b) => a + b, 0);
    expect(cls, `layout shift on ${path}: ${JSON.stringify(shifts)}`).toBeLessThan(0.01);
  });
}
