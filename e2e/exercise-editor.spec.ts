/**
 * The workspace around the grader: Monaco from our own bundle with the
 * exercise's ambient types (and no DOM types), type errors before running,
 * drafts that survive a reload, reset that asks first and can be undone,
 * keyboard-only use, hints one at a time, the solution behind a confirmation,
 * and accessibility (axe).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import { draftKey, EDITOR_KIND_KEY } from '../lib/storage/keys';

const SOLUTION = readFileSync(path.join(process.cwd(), 'content', 'exercises', 'round-robin', 'solution.ts'), 'utf8');
const STARTER = readFileSync(path.join(process.cwd(), 'content', 'exercises', 'round-robin', 'starter.ts'), 'utf8');

async function openWithMonaco(page: Page) {
  await page.addInitScript((key) => window.localStorage.setItem(key, 'monaco'), EDITOR_KIND_KEY);
  await page.goto('/exercises/round-robin');
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('type-status')).toBeVisible();
}

/** Replaces the whole text in Monaco the way a paste would. */
async function replaceInMonaco(page: Page, text: string) {
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

test('Monaco loads from the site, knows the exercise types and no DOM types, and flags type errors before running', async ({ page }) => {
  await openWithMonaco(page);
  await expect(page.getByTestId('type-status')).toHaveText('No type errors.');

  await replaceInMonaco(page, `${SOLUTION}\nconst probe: IncomingRequest = { time: 0, clientIp: '1', cookies: {} };\nconst noDom = document.title;\nconst wrong: Decision = { server: 42 };\n`);
  const status = page.getByTestId('type-status');
  await expect(status).toContainText('2 type errors', { timeout: 20_000 });
  await status.locator('summary').click();
  await expect(status).toContainText("Cannot find name 'document'");
  await expect(status).toContainText("'number' is not assignable to type 'string'");

  // Running is allowed, and the results say the code had type errors.
  await page.getByRole('button', { name: /^Run/ }).click();
  await expect(page.getByTestId('results-summary')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Your code had 2 type errors when this run started')).toBeVisible();
});

test('the draft is saved while typing and is back after a reload', async ({ page }) => {
  await openWithMonaco(page);
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText('\n// my draft marker 7391\n');
  // The draft is saved debounced while typing: reload once it is in storage.
  await expect
    .poll(() => page.evaluate((key) => window.localStorage.getItem(key) ?? '', draftKey('round-robin')))
    .toContain('my draft marker 7391');
  await page.reload();
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('my draft marker 7391', { timeout: 30_000 });
  await expect(page.getByText('Your saved draft is back.')).toBeVisible();
});

test('reset asks first, can be cancelled, and can be undone', async ({ page }) => {
  await page.addInitScript((key) => window.localStorage.setItem(key, 'textarea'), EDITOR_KIND_KEY);
  await page.goto('/exercises/round-robin');
  const editor = page.getByRole('textbox', { name: 'Your code' });
  await editor.fill('// work I care about\n');

  await page.getByRole('button', { name: 'Reset to starter…' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('Replace your code with the starter?');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expect(editor).toHaveValue('// work I care about\n');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(editor).toHaveValue('// work I care about\n');

  await page.getByRole('button', { name: 'Reset to starter…' }).click();
  await page.getByRole('button', { name: 'Reset my code' }).click();
  await expect(editor).toHaveValue(STARTER);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(editor).toHaveValue('// work I care about\n');
});

test('keyboard only: reach the editor, write, run with the shortcut, reveal a hint', async ({ page }) => {
  await page.addInitScript((key) => window.localStorage.setItem(key, 'textarea'), EDITOR_KIND_KEY);
  await page.goto('/exercises/round-robin');
  const editor = page.getByRole('textbox', { name: 'Your code' });
  await expect(editor).toBeVisible();
  for (let i = 0; i < 60 && !(await editor.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(editor).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(SOLUTION);
  await page.keyboard.press('Control+Shift+Enter');
  await expect(page.getByTestId('results-summary')).toContainText('All', { timeout: 30_000 });
  await expect(page.getByRole('heading', { name: 'Submit: full hidden suite' })).toBeVisible();

  const hint = page.getByRole('button', { name: 'Show the first hint' });
  for (let i = 0; i < 80 && !(await hint.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(hint).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Hints/ })).toContainText('1 of');
});

test('keyboard only in Monaco: the shortcut runs from inside the editor', async ({ page }) => {
  await openWithMonaco(page);
  const inside = () => page.evaluate(() => Boolean(document.activeElement?.closest('.monaco-editor')));
  for (let i = 0; i < 60 && !(await inside()); i++) await page.keyboard.press('Tab');
  expect(await inside()).toBe(true);
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('results-summary')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { name: 'Run: sample scenarios' })).toBeVisible();
});

test('the reference solution needs a confirmation before passing', async ({ page }) => {
  await page.goto('/exercises/round-robin');
  await page.getByRole('button', { name: 'Show the reference solution…' }).click();
  await expect(page.getByRole('button', { name: 'Keep trying' })).toBeFocused();
  await expect(page.getByLabel('Reference solution code')).toHaveCount(0);
  await page.getByRole('button', { name: 'Yes, show it' }).click();
  await expect(page.getByLabel('Reference solution code')).toContainText('createBalancer');
});

test('hints come one at a time', async ({ page }) => {
  await page.goto('/exercises/round-robin');
  await page.getByRole('button', { name: 'Show the first hint' }).click();
  await expect(page.getByRole('heading', { name: /Hints/ })).toContainText('(1 of 3 shown)');
  await page.getByRole('button', { name: 'Show hint 2 of 3' }).click();
  await expect(page.getByRole('heading', { name: /Hints/ })).toContainText('(2 of 3 shown)');
});

test('the index lists every exercise with its difficulty and the learner status', async ({ page }) => {
  await page.goto('/exercises');
  await expect(page.getByRole('heading', { level: 1, name: 'Exercises' })).toBeVisible();
  const first = page.getByRole('listitem').filter({ hasText: 'Round robin' });
  await expect(first).toContainText('Intro');
  await expect(first).toContainText('Not started');
  await expectNoSeriousA11yViolations(page, '/exercises');
});

test('axe finds no serious violation on the workspace, with Monaco and results on screen', async ({ page }) => {
  // Two Monaco loads, two full submits and two axe scans: on a busy 2-core machine this outgrew the default 60 s.
  test.slow();
  await openWithMonaco(page);
  await replaceInMonaco(page, SOLUTION);
  await page.getByRole('button', { name: /^Submit/ }).click();
  await expect(page.getByTestId('results-summary')).toBeVisible({ timeout: 30_000 });
  await expectNoSeriousA11yViolations(page, 'exercise page with results');

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: /^Submit/ }).click();
  await expect(page.getByTestId('results-summary')).toBeVisible({ timeout: 30_000 });
  await expectNoSeriousA11yViolations(page, 'exercise page with results (dark)');

  await page.goto('/exercises');
  await expect(page.getByRole('listitem').filter({ hasText: 'Round robin' })).toContainText('Solved');
});

test('the last passing version can be restored after editing, and the restore can be undone', async ({ page }) => {
  await page.addInitScript((key) => window.localStorage.setItem(key, 'textarea'), EDITOR_KIND_KEY);
  await page.goto('/exercises/round-robin');
  const editor = page.getByRole('textbox', { name: 'Your code' });
  const restore = page.getByRole('button', { name: 'Restore last passing version' });
  await expect(restore).toBeDisabled();
  await editor.fill(SOLUTION);
  await page.getByRole('button', { name: /^Submit/ }).click();
  await expect(page.getByTestId('results-summary')).toContainText('You solved this exercise.', { timeout: 30_000 });
  // Solved: the reference solution opens without asking.
  await page.getByRole('button', { name: 'Show the reference solution' }).click();
  await expect(page.getByLabel('Reference solution code')).toContainText('createBalancer');

  await editor.fill('// broke it\n');
  await restore.click();
  await expect(editor).toHaveValue(SOLUTION);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(editor).toHaveValue('// broke it\n');
});
