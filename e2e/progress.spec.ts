/**
 * Saved progress in a real browser: a solved exercise shows on the progress
 * page; damaged saved data is explained and replaced without breaking the
 * site; export, clear storage, import brings everything back.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

import { EDITOR_KIND_KEY, PROGRESS_KEY } from '../lib/storage/keys';
const SOLUTION = readFileSync(path.join(process.cwd(), 'content', 'exercises', 'round-robin', 'solution.ts'), 'utf8');

async function solveRoundRobin(page: Page) {
  await page.addInitScript((key) => window.localStorage.setItem(key, 'textarea'), EDITOR_KIND_KEY);
  await page.goto('/exercises/round-robin');
  const editor = page.getByRole('textbox', { name: 'Your code' });
  await editor.fill(SOLUTION);
  await page.getByRole('button', { name: /^Submit/ }).click();
  await expect(page.getByTestId('results-summary')).toContainText('scenarios passed', { timeout: 30_000 });
}

async function openProgress(page: Page) {
  await page.goto('/progress');
  await expect(page.getByTestId('progress-dashboard')).toHaveAttribute('data-hydrated', 'true');
}

const roundRobinRow = (page: Page) => page.locator('[data-testid="exercise-completion"] [data-exercise="round-robin"]');

test('a solved exercise shows on the progress page, and survives export, cleared storage and import', async ({ page }) => {
  await solveRoundRobin(page);
  await openProgress(page);
  await expect(roundRobinRow(page)).toContainText('Solved on');
  await expectNoSeriousA11yViolations(page, '/progress with a solved exercise');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my progress' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^sticky-sessions-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.progress.exercises['round-robin'].solvedAt).toEqual(expect.any(Number));
  expect(exported.drafts['round-robin'].code).toBe(SOLUTION);

  await page.evaluate(() => window.localStorage.clear());
  await openProgress(page);
  await expect(roundRobinRow(page)).toContainText('Not started');

  await page.getByLabel('Load progress from a file').setInputFiles(file);
  const preview = page.getByTestId('import-preview');
  await expect(preview).toContainText('1 exercise result added');
  await expect(preview).toContainText('1 code draft added');
  await expect(roundRobinRow(page)).toContainText('Not started'); // nothing changes before "Apply"
  await preview.getByRole('button', { name: 'Apply import' }).click();
  await expect(roundRobinRow(page)).toContainText('Solved on');
  await expect(page.getByTestId('transfer-message')).toContainText('Imported');

  // The draft is back too: the exercise opens on the learner's code, not the starter.
  await page.goto('/exercises/round-robin');
  await expect(page.getByRole('textbox', { name: 'Your code' })).toHaveValue(SOLUTION);
});

test('damaged saved data is explained once, backed up, and replaced; the site keeps working', async ({ page }) => {
  await openProgress(page);
  await page.evaluate((key) => window.localStorage.setItem(key, '{"version":2,"lessons":{"hashing"'), PROGRESS_KEY);
  await page.reload();
  const banner = page.getByTestId('progress-issue');
  await expect(banner).toContainText('damaged');
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
  await expect(page.getByTestId('progress-dashboard')).toHaveAttribute('data-hydrated', 'true');

  const stored = await page.evaluate(() => {
    const keys = Object.keys(window.localStorage);
    const backup = keys.find((k) => k.startsWith('sticky-course:progress-backup:'));
    return { backup: backup ? window.localStorage.getItem(backup) : null, progress: window.localStorage.getItem('sticky-course:progress') };
  });
  expect(stored.backup).toBe('{"version":2,"lessons":{"hashing"');
  expect(JSON.parse(stored.progress!)).toMatchObject({ version: 2, lessons: {} });

  await banner.getByRole('button', { name: 'Got it' }).click();
  await expect(banner).toBeHidden();
  // Repaired: the next visit has nothing to report.
  await page.reload();
  await expect(page.getByTestId('progress-dashboard')).toHaveAttribute('data-hydrated', 'true');
  await expect(page.getByTestId('progress-issue')).toHaveCount(0);
});

test('one record with a wrong type costs only that record', async ({ page }) => {
  await solveRoundRobin(page);
  await page.evaluate((key) => {
    const saved = JSON.parse(window.localStorage.getItem(key)!);
    saved.lessons['hashing'] = { readAt: 'yesterday' };
    window.localStorage.setItem(key, JSON.stringify(saved));
  }, PROGRESS_KEY);
  await openProgress(page);
  await expect(page.getByTestId('progress-issue')).toContainText('1 lesson marked as read ("hashing")');
  await expect(roundRobinRow(page)).toContainText('Solved on');
});

test('reaching the end of a lesson marks it read; the home page then suggests the next one', async ({ page }) => {
  await page.goto('/lessons/what-are-sticky-sessions');
  const marker = page.getByTestId('lesson-read-marker');
  await marker.scrollIntoViewIfNeeded();
  await expect(marker).toContainText('Marked as read');
  await openProgress(page);
  await expect(page.getByTestId('lesson-completion').getByRole('listitem').first()).toContainText('Read on');
  await page.goto('/');
  await expect(page.getByTestId('continue-card')).toContainText(/Read lesson \d+:/);
});

test('progress made in another tab appears without a reload', async ({ page, context }) => {
  await openProgress(page);
  const firstLesson = page.getByTestId('lesson-completion').getByRole('listitem').first();
  await expect(firstLesson).toContainText('Not read yet');
  const other = await context.newPage();
  await other.goto('/lessons/what-are-sticky-sessions');
  await other.getByTestId('lesson-read-marker').scrollIntoViewIfNeeded();
  await expect(other.getByTestId('lesson-read-marker')).toContainText('Marked as read');
  await expect(firstLesson).toContainText('Read on');
});

test('solve an exercise and finish a quiz: both show on the progress page, missed questions wait in review', async ({ page }) => {
  await solveRoundRobin(page);
  await page.goto('/quiz/what-are-sticky-sessions');
  const main = page.getByRole('main');
  // Always the first option: some answers are wrong, so some questions are missed.
  for (let i = 0; ; i++) {
    expect(i, 'the quiz should end').toBeLessThan(40);
    // Ordering questions have no inputs: their shuffled order is the answer, and Check is already enabled.
    await expect(main.getByRole('button', { name: 'Check answer' })).toBeVisible();
    const option = main.locator('input[type="radio"], input[type="checkbox"]').first();
    if ((await option.count()) > 0) await option.check();
    await main.getByRole('button', { name: 'Check answer' }).click();
    const next = main.getByRole('button', { name: /^(Next question|See your score)$/ });
    const label = await next.textContent();
    await next.click();
    if (label?.trim() === 'See your score') break;
  }
  // What the quiz recorded is what the progress page must show.
  await expect.poll(() => page.evaluate(() => Object.keys(JSON.parse(window.localStorage.getItem('sticky-course:progress') ?? '{}').quizAttempts ?? {}).length)).toBe(1);
  const attempt = await page.evaluate(() => Object.values(JSON.parse(window.localStorage.getItem('sticky-course:progress')!).quizAttempts)[0] as { score: number; maxScore: number });
  const score = Number.isInteger(attempt.score) ? String(attempt.score) : attempt.score.toFixed(1);
  const max = attempt.maxScore;

  await openProgress(page);
  await expect(roundRobinRow(page)).toContainText('Solved on');
  const quizRow = page.locator('[data-testid="quiz-completion"] [data-quiz="what-are-sticky-sessions"]');
  await expect(quizRow).toContainText(`Best ${score} / ${max}`);
  await expect(quizRow).toContainText('1 attempt');

  const saved = await page.evaluate(() => JSON.parse(window.localStorage.getItem('sticky-course:progress')!));
  const missed = Object.values(saved.review as Record<string, { kind: string }>).filter((item) => item.kind === 'quiz').length;
  expect(missed).toBeGreaterThan(0);
  await page.goto('/review');
  await expect(page.getByText(`Next: ${missed} question${missed === 1 ? '' : 's'}`)).toBeVisible();
});
