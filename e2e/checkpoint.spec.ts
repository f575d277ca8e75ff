/**
 * Checkpoints inside a lesson: the interactive part loads only when the
 * reader scrolls near it, a checked answer shows every explanation at once,
 * and the answer is recorded in progress like any quiz answer (a miss
 * becomes a review item).
 */
import { test, expect } from './fixtures';

const PROGRESS_KEY = 'sticky-course:progress';

test('a checkpoint loads on view, answers inline and records progress', async ({ page }) => {
  await page.goto('/lessons/pitfalls');
  const checkpoints = page.getByTestId('checkpoint');
  await expect(checkpoints).toHaveCount(3);
  // The last checkpoint is far below the fold: its runner has not been loaded yet.
  await expect(checkpoints.last()).toHaveAttribute('data-ready', 'false');

  const first = checkpoints.first();
  await first.scrollIntoViewIfNeeded();
  await expect(first).toHaveAttribute('data-ready', 'true');

  // Question 1 (nat-skew): the right answer.
  const q1 = first.locator('[data-question-id="nat-skew"]');
  await q1.getByLabel(/About 3\.7 times the mean/).check();
  await first.getByRole('button', { name: 'Check answer' }).first().click();
  await expect(q1.getByTestId('quiz-verdict')).toBeVisible();
  await expect(q1).toContainText('That would only be true if the shared users could be spread');

  // Question 2 (nat-more-servers): a wrong answer, which must come back for review.
  const q2 = first.locator('[data-question-id="nat-more-servers"]');
  await q2.getByLabel(/It gets better/).check();
  await first.getByRole('button', { name: 'Check answer' }).click();
  await expect(q2.getByTestId('quiz-verdict')).toBeVisible();

  const saved = () =>
    page.evaluate((key) => {
      const state = JSON.parse(window.localStorage.getItem(key) ?? '{}');
      return {
        attempts: Object.values(state.quizAttempts ?? {}) as { quizId: string; score: number; maxScore: number }[],
        review: Object.values(state.review ?? {}) as { questionId?: string }[],
      };
    }, PROGRESS_KEY);
  await expect.poll(async () => (await saved()).attempts.length).toBe(2);
  const { attempts, review } = await saved();
  expect(attempts.every((a) => a.quizId === 'checkpoint-pitfalls' && a.maxScore === 1)).toBe(true);
  expect(attempts.map((a) => a.score).sort()).toEqual([0, 1]);
  expect(review.map((r) => r.questionId)).toEqual(['nat-more-servers']);
});

test('the new lessons carry checkpoints too', async ({ page }) => {
  for (const slug of ['affinity-across-the-stack', 'affinity-in-operation']) {
    await page.goto(`/lessons/${slug}`);
    expect(await page.getByTestId('checkpoint').count(), slug).toBeGreaterThanOrEqual(2);
  }
});
