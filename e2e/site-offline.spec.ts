/**
 * Offline: after one visit, the service worker has precached the site, and
 * with the network cut a learner can read a lesson, submit code in Monaco
 * (the grader runs in its Turbopack-started worker, whose bootstrap URL keeps
 * its query through the service worker), answer a quiz and search.
 */
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
