/**
 * The mock interview in a real browser: a whole interview by keyboard alone
 * until the clock runs out, a reload that resumes mid-way with the clock
 * still running, a damaged save
 * set aside with a message, a retake that draws other questions, and every
 * screen on a 360px phone checked by axe. The countdown runs on Playwright's
 * clock (page.clock): the test moves time forward itself, so a slow machine
 * neither runs out of interview time nor waits for real minutes.
 */
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import { MOCK_KEY, PROGRESS_KEY, savedJson, tabTo, wholeBank, type SavedMock, type SavedProgress } from './quiz-helpers';

function clockSeconds(text: string): number {
  const [m, s] = text.split(':').map(Number);
  return m * 60 + s;
}

test('a whole mock interview by keyboard alone, scored when the time runs out', async ({ page }) => {
  test.setTimeout(150_000);
  await page.clock.install();
  await page.goto('/quiz/mock');
  await expect(page.getByRole('button', { name: 'Start the interview (20 minutes)' })).toBeEnabled();
  await tabTo(page, /^Start the interview/);
  await page.keyboard.press('Enter');

  for (let step = 1; step <= 12; step++) {
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^Question ${step} of 14`) })).toBeFocused();
    if ((await page.getByRole('button', { name: /^Move “/ }).count()) > 0) {
      await tabTo(page, /^Move “.*” down$/);
      await page.keyboard.press('Space');
      await expect(page.getByTestId('quiz-announcer')).toContainText('is now step 2');
      await tabTo(page, /^Next$/);
      await page.keyboard.press('Enter');
    } else {
      await page.keyboard.press('1');
      await expect(page.locator('fieldset input').first()).toBeChecked();
      await expect(page.getByTestId('quiz-announcer')).toContainText('Option 1 selected');
      await page.keyboard.press('Enter');
    }
  }

  for (const step of [13, 14]) {
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^Question ${step} of 14 · Open question`) })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: 'Your answer' })).toBeFocused();
    await page.keyboard.type('State lives in server memory; move it to a replicated store and drop affinity.');
    await tabTo(page, /^Show the model answer/);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'A model answer' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(page.getByText(/^Covered 1 of \d+\.$/)).toBeVisible();
    if (step === 13) {
      await tabTo(page, /^Next$/);
      await page.keyboard.press('Enter');
    }
  }

  // The learner never presses Finish: the clock ends the interview.
  await expect(page.getByRole('timer')).toBeVisible();
  await page.clock.fastForward('20:00');
  await expect(page.getByRole('heading', { level: 2, name: /^Your result: [\d.]+ of 12 \(\d+%\)$/ })).toBeFocused();
  await expect(page.getByText('The time ran out; the answers you had given were scored.')).toBeVisible();
  await expect(page.getByText(/Time used: 20 minutes\./)).toBeVisible();
  await expect(page.getByTestId('quiz-announcer')).toHaveText('Time is up. The answers you gave have been scored.');
  await expect(page.getByText(/You answered: nothing/)).toHaveCount(0);
  await expect(page.getByText(/^You ticked 1 of \d+ checklist points/)).toHaveCount(2);
  await expect(page.getByRole('table')).toContainText('of');

  const progress = await savedJson<SavedProgress>(page, PROGRESS_KEY);
  const mocks = Object.values(progress!.quizAttempts).filter((a) => a.kind === 'mock');
  expect(mocks).toHaveLength(1);
  expect(mocks[0].maxScore).toBe(12);

  // A reload shows the same report without recording the attempt twice.
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: /^Your result:/ })).toBeVisible();
  const after = await savedJson<SavedProgress>(page, PROGRESS_KEY);
  expect(Object.values(after!.quizAttempts).filter((a) => a.kind === 'mock')).toHaveLength(1);

  // A retake draws other questions and prompts.
  const first = (await savedJson<SavedMock>(page, MOCK_KEY))!;
  await tabTo(page, /^Take another interview/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: /^Question 1 of 14/ })).toBeFocused();
  const retake = (await savedJson<SavedMock>(page, MOCK_KEY))!;
  expect(retake.seed).not.toBe(first.seed);
  expect(retake.questionIds.filter((id) => first.questionIds.includes(id))).toEqual([]);
  expect(retake.promptIds.filter((id) => first.promptIds.includes(id))).toEqual([]);
});

test('a reload mid-interview resumes the same question, answers kept and the clock still running', async ({ page }) => {
  await page.clock.install();
  await page.goto('/quiz/mock');
  await page.getByRole('button', { name: 'Start the interview (20 minutes)' }).click();
  await expect(page.getByRole('timer')).toHaveText(/^(20:00|19:5\d)$/);
  for (let step = 1; step <= 2; step++) {
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^Question ${step} of 14`) })).toBeFocused();
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { level: 2, name: /^Question 3 of 14/ })).toBeFocused();
  const saved = (await savedJson<SavedMock>(page, MOCK_KEY))!;
  // Five minutes pass before the reload.
  await page.clock.fastForward('05:00');

  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: /^Question 3 of 14/ })).toBeFocused();
  const left = clockSeconds((await page.getByRole('timer').textContent())!);
  expect(left).toBeLessThanOrEqual(15 * 60);
  expect(left).toBeGreaterThan(15 * 60 - 60);
  expect((await savedJson<SavedMock>(page, MOCK_KEY))!.deadline).toBe(saved.deadline);
  await expect(page.getByRole('button', { name: 'Question 1, answered' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Question 2, answered' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Question 3, not answered' })).toBeVisible();
});

test('a damaged saved interview is set aside with a message, never a crash', async ({ page }) => {
  await page.goto('/quiz/mock');
  // Once the button is enabled the page has looked for a saved interview; damage the save only then.
  await expect(page.getByRole('button', { name: /^Start the interview/ })).toBeEnabled();
  await page.evaluate((key) => window.localStorage.setItem(key, '{"version":1,"seed":'), MOCK_KEY);
  await page.reload();
  await expect(page.getByText(/could not be read \(the saved data was damaged\)/)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Start the interview/ })).toBeVisible();
  expect(await page.evaluate((key) => window.localStorage.getItem(key), MOCK_KEY)).toBeNull();
});

test.describe('on a 360px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('every screen of the interview fits and axe finds no serious violation', async ({ page }) => {
    const fits = async (where: string) => {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow on ${where}`).toBeLessThanOrEqual(0);
      await expectNoSeriousA11yViolations(page, where);
    };
    await page.goto('/quiz/mock');
    await expect(page.getByRole('button', { name: /^Start the interview/ })).toBeVisible();
    await fits('the start screen');

    await page.getByRole('button', { name: /^Start the interview/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: /^Question 1 of 14/ })).toBeFocused();
    await page.keyboard.press('1');
    await fits('a question');

    await page.getByRole('button', { name: 'Question 13, not answered' }).click();
    await page.getByRole('textbox', { name: 'Your answer' }).fill('Sessions live in memory, so a crash loses them; a replicated store fixes that at one round trip per request.');
    await page.getByRole('button', { name: /^Show the model answer/ }).click();
    await expect(page.getByRole('heading', { name: 'A model answer' })).toBeFocused();
    await fits('an open question with its model answer');

    await page.getByRole('button', { name: /^Finish \(\d+ unanswered\)$/ }).click();
    await page.getByRole('button', { name: 'Finish and see my report' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /^Your result:/ })).toBeVisible();
    await fits('the report');

    // The draw above is random; a report that misses every question in the
    // bank shows every prompt, option and explanation, so no question's text
    // (a long config key, a metric name) can push a phone sideways unseen.
    const bank = [...wholeBank().keys()];
    await page.evaluate(([key, ids]) => {
      const saved = JSON.parse(window.localStorage.getItem(key as string)!);
      window.localStorage.setItem(key as string, JSON.stringify({ ...saved, questionIds: ids, answers: {}, recorded: true }));
    }, [MOCK_KEY, bank] as const);
    await page.reload();
    await expect(page.getByRole('heading', { name: `Questions to look at again (${bank.length})` })).toBeVisible();
    await fits('a report that lists every question in the bank');
  });
});
