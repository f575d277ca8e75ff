/**
 * A lesson quiz answered with the keyboard alone: number keys pick, Enter
 * checks and moves on, an ordering question is sorted with Alt+ArrowUp on a
 * step, every option's explanation shows at once, and the end shows the
 * score, the missed question with its lesson, and a saved attempt that the
 * quiz index reports as the best score.
 */
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import { bankFile, PROGRESS_KEY, rightKeys, savedJson, sortByKeyboard, tabTo, wrongKey, type SavedProgress } from './quiz-helpers';

const LESSON = 'interview-playbook';

test('a lesson quiz by keyboard alone: explanations at once, then the score and the missed question', async ({ page }) => {
  test.setTimeout(120_000);
  const questions = bankFile(LESSON);
  expect(questions.some((q) => q.kind === 'ordering'), 'this lesson has an ordering question').toBe(true);
  const wrongOnPurpose = questions.find((q) => q.kind !== 'ordering')!;
  await page.goto(`/quiz/${LESSON}`);
  const quiz = page.getByTestId('lesson-quiz');
  const announcer = quiz.getByTestId('quiz-announcer');
  await expect(quiz).toHaveAttribute('data-ready', 'true');
  await expectNoSeriousA11yViolations(page, `/quiz/${LESSON}`);

  for (const [index, question] of questions.entries()) {
    const card = quiz.getByTestId('quiz-question');
    await expect(card).toHaveAttribute('data-question-id', question.id);
    await expect(card.getByRole('heading', { level: 2 })).toContainText(`Question ${index + 1} of ${questions.length}`);
    const wrong = question === wrongOnPurpose;
    if (question.kind === 'ordering') {
      await sortByKeyboard(page, question);
      await expect(quiz.locator('[data-step]').first()).toHaveAttribute('data-step', question.steps![0].id);
      await expect(announcer).toContainText('is now step');
      await tabTo(page, /^Check answer$/);
      await page.keyboard.press('Enter');
    } else {
      const keys = wrong ? [wrongKey(question)] : rightKeys(question);
      for (const key of keys) {
        await page.keyboard.press(key);
        await expect(announcer).toContainText(`Option ${key} selected`);
      }
      await expect(card.locator('fieldset input').nth(Number(keys[0]) - 1)).toBeChecked();
      await page.keyboard.press('Enter');
    }

    await expect(card.getByTestId('quiz-verdict')).toHaveText(wrong ? 'Not right.' : 'Right.');
    await expect(announcer).toContainText(wrong ? 'Not right. The right answer is' : 'Right.');
    if (question.kind === 'ordering') {
      await expect(card).toContainText('The right order:');
    } else {
      // Every option, chosen or not, says whether it is right and why.
      await expect(card.locator('fieldset strong').filter({ hasText: /^(Your choice: right|Right answer|Your choice: wrong|Wrong)\.$/ })).toHaveCount(question.options!.length);
    }
    if (wrong) await expectNoSeriousA11yViolations(page, 'a lesson quiz showing explanations');
    // Checking moves the focus to the button that goes on, where Enter works too.
    await expect(quiz.getByRole('button', { name: index + 1 < questions.length ? 'Next question' : 'See your score' })).toBeFocused();
    await page.keyboard.press('Enter');
  }

  const result = quiz.getByTestId('lesson-quiz-result');
  await expect(result.getByRole('heading', { level: 2 })).toHaveText(`Your score: ${questions.length - 1} of ${questions.length}`);
  await expect(result.getByRole('heading', { level: 2 })).toBeFocused();
  const missed = result.getByRole('listitem').filter({ hasText: wrongOnPurpose.prompt });
  await expect(missed).toContainText('Missed');
  await expect(result.getByRole('link', { name: /^Review the lesson/ })).toHaveAttribute('href', `/lessons/${LESSON}`);
  await expectNoSeriousA11yViolations(page, 'a lesson quiz result');

  const progress = await savedJson<SavedProgress>(page, PROGRESS_KEY);
  const attempts = Object.values(progress!.quizAttempts).map((a) => [a.quizId, a.kind, a.score, a.maxScore, a.missed.length]);
  expect(attempts).toEqual([[LESSON, 'lesson', questions.length - 1, questions.length, 1]]);
  expect(Object.values(progress!.review).filter((r) => r.kind === 'quiz')).toHaveLength(1);

  await page.goto('/quiz');
  const entry = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: /interview playbook/i }) });
  await expect(entry).toContainText(`Your best: ${questions.length - 1} of ${questions.length}`);
  await expectNoSeriousA11yViolations(page, '/quiz');
});

test('in dark mode on a 360px phone the quiz fits the screen and passes axe with its explanations showing', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.emulateMedia({ colorScheme: 'dark' });
  const questions = bankFile('what-are-sticky-sessions');
  const first = questions[0];
  await page.goto('/quiz/what-are-sticky-sessions');
  await expect(page.locator('html')).toHaveClass(/dark/);
  const quiz = page.getByTestId('lesson-quiz');
  await expect(quiz).toHaveAttribute('data-ready', 'true');
  if (first.kind === 'ordering') {
    await sortByKeyboard(page, first);
    await tabTo(page, /^Check answer$/);
  } else {
    await page.keyboard.press(wrongKey(first));
  }
  await page.keyboard.press('Enter');
  await expect(quiz.getByTestId('quiz-verdict')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'horizontal scroll at 360px').toBeLessThanOrEqual(0);
  await expectNoSeriousA11yViolations(page, 'a lesson quiz in dark mode at 360px');
});
