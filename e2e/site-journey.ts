/**
 * Steps shared by the site specs (offline, base path): a lesson read, an
 * exercise submitted in Monaco, a quiz question answered. Paths are relative
 * so the same steps run at the root and under a base path.
 */
import { expect, type Page } from '@playwright/test';
import { bankFile, rightKeys } from './quiz-helpers';

export const LESSON = 'what-are-sticky-sessions';
export const EXERCISE = 'round-robin';

export async function readLesson(page: Page, path = `lessons/${LESSON}`) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What sticky sessions are');
}

/** Opens the exercise in Monaco and submits the starter: the grader worker runs and reports. */
export async function submitInMonaco(page: Page, path = `exercises/${EXERCISE}`) {
  await page.addInitScript(() => window.localStorage.setItem('sticky-course:editor-kind', 'monaco'));
  await page.goto(path);
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: /^Submit/ }).click();
  await expect(page.getByTestId('results-summary')).toBeVisible({ timeout: 90_000 });
  // The grader finished: every scenario has a verdict, none is left running.
  await expect(page.locator('[data-scenario]').first()).toHaveAttribute('data-status', /passed|failed/);
}

/** Answers the lesson quiz's first question right, with the keyboard. */
export async function answerQuizQuestion(page: Page, path = `quiz/${LESSON}`) {
  const question = bankFile(LESSON).find((q) => q.kind !== 'ordering')!;
  await page.goto(path);
  const quiz = page.getByTestId('lesson-quiz');
  await expect(quiz.getByTestId('quiz-question')).toHaveAttribute('data-question-id', question.id);
  // The question is in the static HTML; keys work only once the quiz has hydrated.
  await expect(quiz).toHaveAttribute('data-ready', 'true');
  for (const key of rightKeys(question)) await page.keyboard.press(key);
  await page.keyboard.press('Enter');
  await expect(quiz.getByTestId('quiz-verdict')).toHaveText('Right.');
}
