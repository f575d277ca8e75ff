/**
 * Review of mistakes in a real browser: a hidden scenario the learner's code
 * fails shows on the review page, linked to its exercise, and leaves it when a
 * later submit passes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

const DIR = path.join(process.cwd(), 'content', 'exercises', 'round-robin');
const WRONG = readFileSync(path.join(DIR, 'wrong', 'ignores-later-changes.ts'), 'utf8');
const SOLUTION = readFileSync(path.join(DIR, 'solution.ts'), 'utf8');

async function submitRoundRobin(page: Page, code: string, expected: RegExp) {
  await page.goto('/exercises/round-robin');
  await page.getByRole('textbox', { name: 'Your code' }).fill(code);
  await page.getByRole('button', { name: /^Submit/ }).click();
  await expect(page.getByTestId('results-summary')).toContainText(expected, { timeout: 30_000 });
}

test('a failed hidden scenario waits on the review page until a submit passes it', async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('sticky-course:editor-kind', 'textarea'));
  await page.goto('/review');
  await expect(page.getByTestId('review-empty')).toBeVisible();

  await submitRoundRobin(page, WRONG, /^\d+ of \d+ scenarios passed/);
  await page.goto('/review');
  const scenarios = page.getByTestId('scenario-review');
  const item = scenarios.getByRole('listitem').filter({ hasText: 'A removed server gets no more requests' });
  await expect(item).toBeVisible();
  await expect(item).toContainText('Comes back tomorrow');
  await expectNoSeriousA11yViolations(page, '/review with a failed scenario');
  await item.getByRole('link', { name: 'Fix it in the exercise' }).click();
  await expect(page).toHaveURL(/\/exercises\/round-robin/);

  await submitRoundRobin(page, SOLUTION, /^All \d+ scenarios passed/);
  await page.goto('/review');
  await expect(page.getByTestId('review-empty')).toContainText('mastered so far');
});
