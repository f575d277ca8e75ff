/**
 * Sharing code by link: "Copy link" puts the draft in the URL fragment; a
 * fresh browser with a draft of its own is asked before anything changes,
 * declining keeps its draft, accepting loads the shared code with the old
 * draft one Undo away, and the fragment leaves the address bar either way.
 * Keyboard only, with axe on the question.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import { draftKey, EDITOR_KIND_KEY } from '../lib/storage/keys';

const EXERCISE = 'round-robin';
const SHARED = '// shared by a friend 4821\nexport function createBalancer() {\n  return { route: () => ({ server: "x" }) };\n}\n';
const MINE = '// my own draft 1357\n';

/** A page whose browser already holds `draft` for the exercise, with the plain editor. */
async function pageWithDraft(context: BrowserContext, draft: string): Promise<Page> {
  await context.addInitScript(
    ([kindKey, key, code]) => {
      window.localStorage.setItem(kindKey, 'textarea');
      // Only the first load of this browser starts with the draft; later loads keep what the page saved.
      if (window.localStorage.getItem(key) === null) window.localStorage.setItem(key, JSON.stringify({ code, savedAt: 1 }));
    },
    [EDITOR_KIND_KEY, draftKey(EXERCISE), draft],
  );
  return context.newPage();
}

async function tabTo(page: Page, name: string | RegExp) {
  const target = page.getByRole('button', { name });
  await expect(target).toBeVisible();
  for (let i = 0; i < 80 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
}

test('a copied link asks before loading; decline keeps the draft, accept loads it, Undo brings the draft back', async ({ browser, baseURL }) => {
  const sharer = await browser.newContext({ baseURL, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await pageWithDraft(sharer, SHARED);
  await page.goto(`/exercises/${EXERCISE}`);
  await expect(page.getByRole('textbox', { name: 'Your code', exact: true })).toHaveValue(SHARED);
  await tabTo(page, 'Copy link to your code');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(new RegExp(`/exercises/${EXERCISE}#code=[A-Za-z0-9+$-]+$`));
  expect(link).not.toContain('shared by a friend');
  await sharer.close();

  const friend = await browser.newContext({ baseURL });
  const other = await pageWithDraft(friend, MINE);
  await other.goto(link);
  const editor = other.getByRole('textbox', { name: 'Your code', exact: true });
  const question = other.getByRole('alertdialog', { name: 'Load the shared code?' });
  await expect(question).toBeVisible();
  await expect(question.getByRole('button', { name: 'Keep my draft' })).toBeFocused();
  await expect(editor).toHaveValue(MINE);
  await expectNoSeriousA11yViolations(other, 'the shared-code question');

  // Escape declines: nothing changes and the code leaves the address bar.
  await other.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expect(editor).toHaveValue(MINE);
  expect(new URL(other.url()).hash).toBe('');
  await other.reload();
  await expect(editor).toHaveValue(MINE);
  await expect(question).toBeHidden();

  // Opening the link again, this time the learner accepts.
  await other.goto(link);
  await expect(question).toBeVisible();
  await other.keyboard.press('Tab');
  await expect(question.getByRole('button', { name: 'Load the shared code' })).toBeFocused();
  await other.keyboard.press('Enter');
  await expect(editor).toHaveValue(SHARED);
  expect(new URL(other.url()).hash).toBe('');
  await expect(other.getByText('The shared code is in the editor; your draft is kept.')).toBeVisible();
  await expect
    .poll(() => other.evaluate((key) => JSON.parse(window.localStorage.getItem(key) ?? '{}').code, draftKey(EXERCISE)))
    .toBe(SHARED);

  await tabTo(other, 'Undo');
  await other.keyboard.press('Enter');
  await expect(editor).toHaveValue(MINE);
  await expect
    .poll(() => other.evaluate((key) => JSON.parse(window.localStorage.getItem(key) ?? '{}').code, draftKey(EXERCISE)))
    .toBe(MINE);
  await friend.close();
});

test('when the clipboard is refused, the link is shown selected in a field to copy by hand', async ({ page }) => {
  await page.addInitScript((kindKey) => {
    window.localStorage.setItem(kindKey, 'textarea');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) },
    });
  }, EDITOR_KIND_KEY);
  await page.goto(`/exercises/${EXERCISE}`);
  await page.getByRole('textbox', { name: 'Your code', exact: true }).fill(SHARED);
  await page.getByRole('button', { name: 'Copy link to your code' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'did not allow copying' })).toBeVisible();
  const field = page.getByRole('textbox', { name: 'Link to your code' });
  await expect(field).toBeFocused();
  const link = await field.inputValue();
  expect(link).toContain(`/exercises/${EXERCISE}#code=`);
  expect(await field.evaluate((el: HTMLInputElement) => el.selectionEnd! - el.selectionStart!)).toBe(link.length);
  await expectNoSeriousA11yViolations(page, 'the copy-by-hand field');

  // The hand-copied link works like a copied one.
  await page.getByRole('textbox', { name: 'Your code', exact: true }).fill(MINE);
  await page.goto(link);
  await expect(page.getByRole('alertdialog', { name: 'Load the shared code?' })).toBeVisible();
});

test('a damaged link says so, loads nothing and keeps the draft', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  const page = await pageWithDraft(context, MINE);
  await page.goto(`/exercises/${EXERCISE}#code=N4IgLg9gRgzgxgJwKYEMwEsA2IBcIDMAvg`);
  await expect(page.getByRole('alert').filter({ hasText: 'This link’s code is damaged' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Your code', exact: true })).toHaveValue(MINE);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe('');
  await context.close();
});
