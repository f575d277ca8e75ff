/**
 * Nothing is lost when code is replaced: Reset sets the draft aside in
 * storage, a reload lists it under "Earlier drafts", and restoring it (by
 * keyboard) brings the typed text back while setting the current draft aside
 * too. A damaged stored list shows a message and the workspace keeps working;
 * a full storage says so and keeps the in-page Undo. axe, and a 360px phone.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import { draftKey, EDITOR_KIND_KEY, setAsideDamagedKey, setAsideKey } from '../lib/storage/keys';

const EXERCISE = 'round-robin';
const STARTER = readFileSync(path.join(process.cwd(), 'content', 'exercises', EXERCISE, 'starter.ts'), 'utf8');
const TYPED = '// typed before the reset 2468\nexport function createBalancer() {\n  return { route: () => ({ server: "a" }) };\n}\n';
const SECOND = '// second thoughts 9753\n';
const T0 = new Date('2026-03-02T10:00:00Z');

function editorOf(page: Page) {
  return page.getByRole('textbox', { name: 'Your code', exact: true });
}

/** Waits until the debounced save has stored `code` as the draft, so a reload starts from it. */
async function draftSaved(page: Page, code: string) {
  await expect
    .poll(() => page.evaluate((key) => JSON.parse(window.localStorage.getItem(key) ?? '{}').code, draftKey(EXERCISE)))
    .toBe(code);
}

async function resetToStarter(page: Page) {
  await page.getByRole('button', { name: 'Reset to starter…' }).click();
  await page.getByRole('button', { name: 'Reset my code' }).click();
  await expect(editorOf(page)).toHaveValue(STARTER);
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript((key) => window.localStorage.setItem(key, 'textarea'), EDITOR_KIND_KEY);
});

test('a reset draft survives a reload under Earlier drafts, and restoring it by keyboard brings it back', async ({ page }) => {
  await page.clock.setFixedTime(T0);
  await page.goto(`/exercises/${EXERCISE}`);
  const editor = editorOf(page);
  await editor.fill(TYPED);
  await draftSaved(page, TYPED);
  await resetToStarter(page);
  await expect(page.getByRole('status').filter({ hasText: 'The replaced draft is also under Earlier drafts' })).toBeVisible();
  await draftSaved(page, STARTER);

  // Five minutes later, after a reload: the editor holds the starter, the typed draft is listed.
  await page.clock.setFixedTime(new Date(T0.getTime() + 5 * 60_000));
  await page.reload();
  await expect(editor).toHaveValue(STARTER);
  await editor.fill(SECOND);
  const summary = page.locator('summary', { hasText: 'Earlier drafts (1)' });
  await summary.focus();
  await page.keyboard.press('Enter');
  const list = page.getByTestId('earlier-drafts');
  const item = list.getByRole('listitem');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Before reset, 5 minutes ago');
  await expect(item).toContainText('// typed before the reset 2468');
  await expect(item).toContainText(`4 lines, ${TYPED.length} characters`);
  await expectNoSeriousA11yViolations(page, 'the open Earlier drafts list');

  const restore = item.getByRole('button', { name: 'Restore the draft from before reset, 5 minutes ago' });
  await restore.focus();
  await page.keyboard.press('Enter');
  await expect(editor).toHaveValue(TYPED);
  await expect(editor).toBeFocused();

  // Restoring set the second draft aside first: nothing was lost.
  await expect(list.locator('summary')).toHaveText('Earlier drafts (2)');
  await expect(list.getByRole('listitem').first()).toContainText('Before restoring an earlier draft, just now');
  await expect(list.getByRole('listitem').first()).toContainText('// second thoughts 9753');

  await draftSaved(page, TYPED);
  await page.reload();
  await expect(editor).toHaveValue(TYPED);
  await expect(page.locator('summary', { hasText: 'Earlier drafts (2)' })).toBeVisible();
});

test('a damaged stored list shows a message, is set aside, and the workspace still works on a phone', async ({ page }) => {
  const damaged = '{"version":1,"drafts":[{"code":';
  await page.addInitScript(
    ([key, raw]) => {
      // Only the first load starts damaged; the page repairs what it finds.
      if (!window.sessionStorage.getItem('damaged-once')) {
        window.sessionStorage.setItem('damaged-once', '1');
        window.localStorage.setItem(key, raw);
      }
    },
    [setAsideKey(EXERCISE), damaged],
  );
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`/exercises/${EXERCISE}`);
  await expect(page.getByRole('alert').filter({ hasText: 'Your earlier drafts for this exercise could not be read' })).toBeVisible();
  expect(await page.evaluate((key) => window.localStorage.getItem(key), setAsideDamagedKey(EXERCISE))).toBe(damaged);
  await expect(page.locator('summary', { hasText: 'Earlier drafts (0)' })).toBeVisible();

  const editor = editorOf(page);
  await editor.fill(TYPED);
  await resetToStarter(page);
  const list = page.getByTestId('earlier-drafts');
  await list.locator('summary').click();
  await expect(list.getByRole('listitem')).toContainText('Before reset, just now');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(editor).toHaveValue(TYPED);

  // Grading still runs.
  await page.getByRole('button', { name: /^Run/ }).click();
  await expect(page.getByTestId('results-summary')).toBeVisible({ timeout: 30_000 });

  // Fits a 360px phone: nothing wider than the screen, and axe has nothing serious.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectNoSeriousA11yViolations(page, 'the workspace after a damaged list, at 360px');

  await page.reload();
  await expect(page.locator('summary', { hasText: 'Earlier drafts (1)' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toHaveCount(0);
});

test('when storage is full, the page says the draft could not be kept and Undo still brings it back', async ({ page }) => {
  await page.addInitScript((prefix) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith(prefix)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  }, setAsideKey(''));
  await page.goto(`/exercises/${EXERCISE}`);
  const editor = editorOf(page);
  await editor.fill(TYPED);
  await resetToStarter(page);
  await expect(page.getByRole('status').filter({ hasText: 'storage is full, so the replaced draft could not be kept for after a reload' })).toBeVisible();
  await expect(page.locator('summary', { hasText: 'Earlier drafts (0)' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(editor).toHaveValue(TYPED);
});
