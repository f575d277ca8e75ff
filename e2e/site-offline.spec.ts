/**
 * Offline: after one visit, the service worker has precached the site, and
 * with the network cut a learner can read a lesson, submit code in Monaco
 * (the grader runs in its Turbopack-started worker, whose bootstrap URL keeps
 * its #params through the service worker), answer a quiz and search. A new
 * build waits for the learner's consent and leaves their data alone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { answerQuizQuestion, readLesson, submitInMonaco } from './site-journey';

test('after a first visit the course works with no network', async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  // The worker installs (precaching everything) and claims this page.
  await expect.poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active && navigator.serviceWorker.controller)), { timeout: 120_000 }).toBe(true);

  // Grading works with the worker in control, online first.
  await submitInMonaco(page);

  await context.setOffline(true);
  await readLesson(page);
  await submitInMonaco(page);
  await answerQuizQuestion(page);
  await page.goto('/');
  await page.getByTestId('search-button').click();
  await page.getByRole('combobox', { name: 'Search the course' }).fill('affinity');
  await expect(page.getByRole('option').first()).toBeVisible();
  await context.setOffline(false);
});

test('a new build is offered with a prompt, never switched silently, and keeps learner data', async ({ page }) => {
  test.setTimeout(180_000);
  const swFile = path.join(process.env.E2E_OUT_DIR ?? 'out', 'sw.js');
  const original = readFileSync(swFile, 'utf8');
  try {
    await page.goto('/');
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 120_000 }).toBe(true);
    await page.evaluate(() => localStorage.setItem('sticky-course:update-test', 'kept'));
    const firstWorker = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL);

    // "Deploy" a new build: the service worker file changes by one byte.
    writeFileSync(swFile, `${original}\n// next build\n`);
    await page.reload();
    const prompt = page.getByTestId('update-prompt');
    await expect(prompt).toBeVisible({ timeout: 60_000 });
    await expect(prompt).toContainText('A new version of the course is available');
    // Until the learner agrees, the old worker stays in control.
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(true);
    expect(firstWorker).toBeTruthy();

    // The new worker takes over and the page reloads itself onto the new build.
    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload now' }).click()]);
    await expect.poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)), { timeout: 60_000 }).toBe(false);
    await expect(page.getByTestId('update-prompt')).toBeHidden();
    expect(await page.evaluate(() => localStorage.getItem('sticky-course:update-test'))).toBe('kept');
  } finally {
    writeFileSync(swFile, original);
  }
});
