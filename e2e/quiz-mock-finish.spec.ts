/**
 * Finishing a mock interview early asks first: the confirmation says what is
 * still unanswered, Escape goes back to the same question, and confirming
 * shows the report (score by topic, the missed questions with the learner's
 * answer, lessons to review). Axe checks the interview, the confirmation and
 * the report.
 */
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import { TOPICS } from '../lib/quiz/topics';
import { MOCK_KEY, savedJson, tabTo, wholeBank, type SavedMock } from './quiz-helpers';

test('finishing early asks for confirmation, then shows the report', async ({ page }) => {
  test.setTimeout(90_000);
  const bank = wholeBank();
  await page.goto('/quiz/mock');
  await expectNoSeriousA11yViolations(page, '/quiz/mock start');
  await tabTo(page, /^Start the interview/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: /^Question 1 of 14/ })).toBeFocused();

  // Answer question 1 with the right option(s) when it is a choice question, by number keys.
  const saved = (await savedJson<SavedMock>(page, MOCK_KEY))!;
  const first = bank.get(saved.questionIds[0])!;
  if (first.kind !== 'ordering') {
    for (const [i, option] of first.options!.entries()) if (option.correct) await page.keyboard.press(String(i + 1));
  }
  await expect(page.getByRole('timer')).toHaveText(/^(20:00|19:[0-5]\d)$/);
  await expectNoSeriousA11yViolations(page, 'a running mock interview');

  await tabTo(page, /^Finish \(\d+ unanswered\)$/);
  await page.keyboard.press('Enter');
  const confirm = page.getByTestId('finish-confirm');
  await expect(confirm).toContainText(/1[34] questions are still unanswered and will score 0/);
  await expect(confirm.getByRole('button', { name: 'Finish and see my report' })).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'the finish confirmation');

  // Escape: back to the interview, nothing finished.
  await page.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Finish \(/ })).toBeFocused();
  expect((await savedJson<SavedMock>(page, MOCK_KEY))!.finishedAt).toBeNull();

  await page.keyboard.press('Enter');
  await expect(confirm.getByRole('button', { name: 'Finish and see my report' })).toBeFocused();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 2, name: /^Your result: [\d.]+ of 12 \(\d+%\)$/ });
  await expect(heading).toBeFocused();
  await expect(page.getByText('You finished before the time was up.', { exact: false })).toBeVisible();
  await expect(page.getByTestId('quiz-announcer')).toHaveText('Interview finished. Your report is below.');
  // Every topic of the draw has a row, and at least 11 questions were missed (only one was answered).
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(1 + TOPICS.length);
  await expect(page.getByRole('heading', { level: 3, name: /^Questions to look at again \((1[12])\)$/ })).toBeVisible();
  await expect(page.getByText(/You answered: nothing/).first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Lessons to review' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the mock report');
});

test('the countdown is not read out as it ticks; crossing 5 minutes and 1 minute left is announced', async ({ page }) => {
  // Playwright's clock moves the interview's time, so the test does not wait for real minutes.
  await page.clock.install();
  await page.goto('/quiz/mock');
  await tabTo(page, /^Start the interview/);
  await page.keyboard.press('Enter');
  const timer = page.getByRole('timer');
  const announcer = page.getByTestId('quiz-announcer');
  await expect(timer).toHaveText(/^(20:00|19:5\d)$/);
  await expect(timer).not.toHaveAttribute('aria-live', /polite|assertive/);
  await expect(announcer).toHaveText('');
  // 20 minutes less 61.5 seconds: past the 5-minute mark, not yet at 1 minute.
  await page.clock.fastForward(20 * 60_000 - 61_500);
  await expect(timer).toHaveText(/^01:0[0-2]$/);
  await expect(announcer).toHaveText('5 minutes left.');
  await page.clock.fastForward(3_000);
  await expect(announcer).toHaveText('1 minute left.');
  await expect(timer).toHaveText(/^00:5\d$/);
});
