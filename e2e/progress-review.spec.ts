/**
 * Review of mistakes in a real browser: a hidden scenario the learner's code
 * fails shows on the review page, linked to its exercise, and leaves it when a
 * later submit passes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import { EDITOR_KIND_KEY } from '../lib/storage/keys';

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
  await page.addInitScript((key) => window.localStorage.setItem(key, 'textarea'), EDITOR_KIND_KEY);
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

/** Two missed questions of lesson 1's bank, queued and due (the quiz pages would queue them the same way). */
function seededMistakes(now: number) {
  const item = (questionId: string, dueAt: number) => ({
    id: `quiz:${questionId}`,
    kind: 'quiz',
    quizId: 'what-are-sticky-sessions',
    questionId,
    topic: 'fundamentals',
    lesson: 'what-are-sticky-sessions',
    stage: 0,
    dueAt,
    createdAt: dueAt - 86_400_000,
    updatedAt: dueAt - 86_400_000,
  });
  return {
    version: 2,
    lessons: {},
    exercises: {},
    quizAttempts: {},
    review: { 'quiz:definition': item('definition', now - 2000), 'quiz:why-needed': item('why-needed', now - 1000) },
  };
}

test('due quiz questions are asked again: wrong starts over, right waits longer', async ({ page }) => {
  await page.goto('/');
  await page.evaluate((state) => window.localStorage.setItem('sticky-course:progress', JSON.stringify(state)), seededMistakes(Date.now()));
  await page.goto('/review');
  const review = page.getByTestId('quiz-review');
  await expect(review).toContainText('2 questions due');
  await expect(review.getByRole('group')).toContainText('defines sticky sessions');
  await expectNoSeriousA11yViolations(page, '/review asking a question');

  await review.getByLabel('The balancer keeps each user inside one availability zone.').check();
  await review.getByRole('button', { name: 'Check answer' }).click();
  await expect(review.getByRole('status')).toContainText('Not quite. It comes back tomorrow.');
  await expect(review.getByRole('status')).toContainText('Zone affinity is a different policy');
  await review.getByRole('button', { name: 'Next question' }).click();

  await expect(review.getByRole('group')).toContainText('round-robin balancer');
  await review.getByLabel('A later request of the same user can reach a server that never saw the cart.').check();
  await review.getByRole('button', { name: 'Check answer' }).click();
  await expect(review.getByRole('status')).toContainText('Right. It comes back in 3 days.');
  await review.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByText('That was every question due now: 2 reviewed.')).toBeVisible();

  const saved = await page.evaluate(() => JSON.parse(window.localStorage.getItem('sticky-course:progress')!).review);
  expect(saved['quiz:definition'].stage).toBe(0);
  expect(saved['quiz:why-needed'].stage).toBe(1);
});
