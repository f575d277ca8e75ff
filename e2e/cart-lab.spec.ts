/**
 * The cart lab: the learner's session-store draft against the sticky
 * in-memory baseline while servers crash. The reference loses nothing where
 * the baseline loses carts; a wrong draft visibly loses or serves stale carts;
 * an infinite loop stops the run with a message and the page stays usable.
 * Keyboard only, axe, and a phone-width fit.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import { draftKey } from '../lib/storage/keys';

const read = (file: string) => readFileSync(path.join(process.cwd(), 'content', 'exercises', 'session-store', file), 'utf8');

async function openWithDraft(page: Page, code: string) {
  await page.addInitScript(([key, text]) => window.localStorage.setItem(key, JSON.stringify({ code: text, savedAt: 1 })), [draftKey('session-store'), code]);
  await page.goto('/lab/carts');
  await expect(page.getByTestId('code-source')).toContainText('Running your saved draft');
  await expect(page.getByRole('button', { name: 'Play' })).toBeEnabled({ timeout: 20_000 });
}

const count = (page: Page, id: string) => page.getByTestId(id).evaluate((el) => Number(el.textContent?.replace(/,/g, '')));

async function pressByKeyboard(page: Page, name: string | RegExp) {
  const target = page.getByRole('button', { name });
  await expect(target).toBeEnabled();
  for (let i = 0; i < 60 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
}

test('the reference loses no cart after a crash while the sticky baseline loses some (keyboard only, axe)', async ({ page }) => {
  await openWithDraft(page, read('solution.ts'));
  await pressByKeyboard(page, 'Play');
  await expect(page.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => count(page, 'yours-requests'), { timeout: 20_000 }).toBeGreaterThan(150);

  await pressByKeyboard(page, 'Crash app-1');
  await expect(page.getByTestId('server-app-1')).toContainText('down');
  await expect(page.getByTestId('event-log')).toContainText('app-1 crashed');
  // The polite region speaks events only: the crash, or the first cart the baseline lost after it.
  await expect(page.getByTestId('cart-announcer')).toHaveText(/app-1 crashed|The sticky baseline lost a cart/);
  const atCrash = await count(page, 'yours-requests');
  await expect.poll(() => count(page, 'baseline-lost'), { timeout: 20_000 }).toBeGreaterThan(0);
  await expect.poll(() => count(page, 'yours-requests'), { timeout: 20_000 }).toBeGreaterThan(atCrash + 300);
  await expect(page.getByTestId('event-log')).toContainText('The sticky baseline lost a cart');

  await pressByKeyboard(page, 'Restart app-1');
  await expect(page.getByTestId('server-app-1')).toContainText('up');
  await expect(page.getByTestId('event-log')).toContainText('app-1 is back with empty memory');
  await pressByKeyboard(page, 'Pause');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();

  expect(await count(page, 'yours-lost')).toBe(0);
  expect(await count(page, 'yours-stale')).toBe(0);
  expect(await count(page, 'yours-wrong')).toBe(0);
  expect(await count(page, 'yours-liveCarts')).toBeGreaterThan(0);
  await expect(page.getByTestId('event-log')).not.toContainText('Your CartService');
  await expectNoSeriousA11yViolations(page, 'the cart lab');
});

test('a write-behind cache draft loses or serves stale carts once a server crashes', async ({ page }) => {
  await openWithDraft(page, read('wrong/write-behind-cache.ts'));
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => count(page, 'yours-requests'), { timeout: 20_000 }).toBeGreaterThan(100);
  await page.getByRole('button', { name: 'Crash app-2' }).click();
  await expect.poll(async () => (await count(page, 'yours-lost')) + (await count(page, 'yours-stale')), { timeout: 20_000 }).toBeGreaterThan(0);
  await expect(page.getByTestId('event-log')).toContainText(/Your CartService (lost|served a stale) cart/);
});

test('an infinite loop stops the run with the request it was stuck on, and the page stays responsive', async ({ page }) => {
  const loop = read('solution.ts').replace('apply(cart, request);', 'apply(cart, request);\n      if (request.action === "checkout") while (true) {}');
  expect(loop).toContain('while (true)');
  await openWithDraft(page, loop);
  await page.getByRole('button', { name: 'Play' }).click();
  const stopped = page.getByTestId('lab-stopped');
  await expect(stopped).toContainText(/Your code took longer than 1,000 ms on request \d+/, { timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Play' })).toBeDisabled();
  // The page answers: the servers' buttons, Start again and the editor link all work.
  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(stopped).toBeHidden();
  await expect(page.getByRole('button', { name: 'Play' })).toBeEnabled({ timeout: 20_000 });
  await page.getByRole('link', { name: 'Back to the editor' }).click();
  await expect(page).toHaveURL(/\/exercises\/session-store$/);
  await expect(page.getByRole('link', { name: 'Try your carts in the lab' })).toBeVisible();
});

test('a throw stops the run with the learner line', async ({ page }) => {
  const source = read('solution.ts').replace('apply(cart, request);', 'apply(cart, request);\n      if (request.action === "checkout") throw new Error("checkout is not written yet");');
  const line = source.split('\n').findIndex((l) => l.includes('checkout is not written yet')) + 1;
  await openWithDraft(page, source);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByTestId('lab-stopped')).toContainText(`handle() threw Error: checkout is not written yet (your line ${line}) on request`, { timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Start again' })).toBeEnabled();
});

test('fits a 360px phone, and without a draft runs the starter', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/lab/carts');
  await expect(page.getByTestId('code-source')).toContainText('running its starter');
  await expect(page.getByRole('button', { name: 'Play' })).toBeEnabled({ timeout: 20_000 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
