/**
 * Shared browser-test fixtures. Every test gets a check that no request left
 * the site (the course must work offline, with nothing fetched from a CDN),
 * and `expectNoSeriousA11yViolations` runs axe-core from node_modules.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

export const test = base.extend<{ outsideRequests: string[] }>({
  outsideRequests: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const outside: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return;
        if (new URL(url).origin !== origin) outside.push(url);
      });
      await use(outside);
      expect(outside, 'requests that left the site').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Runs axe on the page as it is now and fails on any serious or critical violation. */
export async function expectNoSeriousA11yViolations(page: Page, context = 'page') {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return (result.violations as Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }>)
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
  expect(violations, `axe violations on ${context}`).toEqual([]);
}
