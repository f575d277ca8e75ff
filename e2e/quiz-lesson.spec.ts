/**
 * A lesson quiz answered with the keyboard alone: number keys pick, Enter
 * checks and moves on, an ordering question is sorted with Alt+ArrowUp on a
 * step, every option's explanation shows at once, and the end shows the
 * score, the missed question, and a saved attempt the quiz index reports.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';

const LESSON = 'interview-playbook';

interface BankQuestion {
  id: string;
  kind: 'single' | 'multiple' | 'scenario' | 'ordering';
  prompt: string;
  options?: { text: string; correct?: boolean }[];
  steps?: { text: string }[];
}

const questions = (parse(readFileSync(path.join(process.cwd(), 'content', 'quizzes', `${LESSON}.yaml`), 'utf8')) as { questions: BankQuestion[] }).questions;

/** Presses Tab until the focused element's aria-label (else its text) matches, as a keyboard user would. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim();
    });
    if (focused === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

/** Sorts the steps on screen into the bank's order: Tab to a step's Up button, then Alt+ArrowUp until it is in place. */
async function sortByKeyboard(page: Page, question: BankQuestion): Promise<void> {
  const steps = page.getByRole('list', { name: question.prompt }).getByRole('listitem');
  const right = question.steps!.map((s) => s.text);
  for (let target = 0; target < right.length; target++) {
    const shown = (await steps.allTextContents()).map((t) => t.replace(/^\d+\.\s*/, '').replace(/[↑↓]/g, '').trim());
    const at = shown.indexOf(right[target]);
    expect(at, `step "${right[target]}" on screen`).toBeGreaterThanOrEqual(target);
    if (at === target) continue;
    await tabTo(page, `Move “${right[target]}” up`);
    for (let i = at; i > target; i--) await page.keyboard.press('Alt+ArrowUp');
  }
}

test('a lesson quiz by keyboard alone: explanations at once, then the score and the missed question', async ({ page }) => {
  test.setTimeout(120_000);
  const wrongOnPurpose = questions.find((q) => q.kind !== 'ordering')!;
  await page.goto(`/quiz/${LESSON}`);
  const quiz = page.getByRole('region', { name: /^Quiz: / });
  await expect(quiz).toBeVisible();
  await expectNoSeriousA11yViolations(page, `/quiz/${LESSON}`);

  for (const [index, question] of questions.entries()) {
    await expect(quiz.getByRole('heading', { level: 2 })).toContainText(`Question ${index + 1} of ${questions.length}`);
    await expect(quiz.getByRole('heading', { level: 2 })).toContainText(question.prompt);
    const wrong = question === wrongOnPurpose;
    if (question.kind === 'ordering') {
      await sortByKeyboard(page, question);
      await expect(quiz.getByRole('status')).toContainText('is now step');
      await tabTo(page, 'Check answer');
      await page.keyboard.press('Enter');
    } else {
      const options = question.options!;
      const keys = wrong ? [String(options.findIndex((o) => !o.correct) + 1)] : options.flatMap((o, i) => (o.correct ? [String(i + 1)] : []));
      for (const key of keys) {
        await page.keyboard.press(key);
        await expect(quiz.getByRole('status')).toContainText(`Picked ${key}:`);
      }
      await expect(quiz.locator('fieldset input').nth(Number(keys[0]) - 1)).toBeChecked();
      await page.keyboard.press('Enter');
    }

    await expect(quiz).toContainText(wrong ? 'Not right.' : 'Correct.');
    await expect(quiz.getByRole('status')).toContainText(wrong ? 'Not right. The right answer is' : 'Correct.');
    if (question.kind === 'ordering') {
      await expect(quiz).toContainText('The right order');
    } else {
      // Every option, picked or not, says whether it is right and why.
      await expect(quiz.locator('fieldset strong').filter({ hasText: /^(Your pick, right|Right answer, not picked|Your pick, wrong|Wrong)\.$/ })).toHaveCount(question.options!.length);
    }
    if (wrong) await expectNoSeriousA11yViolations(page, 'a lesson quiz showing explanations');
    // Checking moves the focus to "Next question", where Enter goes on.
    await expect(quiz.getByRole('button', { name: index + 1 < questions.length ? 'Next question' : 'See your score' })).toBeFocused();
    await page.keyboard.press('Enter');
  }

  const score = `You scored ${questions.length - 1} of ${questions.length}`;
  await expect(quiz.getByRole('heading', { level: 2 })).toHaveText(score);
  await expect(quiz.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(quiz.getByRole('listitem').filter({ hasText: wrongOnPurpose.prompt })).toContainText('Missed');
  await expectNoSeriousA11yViolations(page, 'a lesson quiz result');

  const progress = await page.evaluate(() => JSON.parse(window.localStorage.getItem('sticky-course:progress') ?? 'null'));
  const attempts = Object.values(progress.quizAttempts as Record<string, { quizId: string; kind: string; score: number; missed: { questionId: string }[] }>);
  expect(attempts.map((a) => [a.quizId, a.kind, a.score, a.missed.map((m) => m.questionId)])).toEqual([[LESSON, 'lesson', questions.length - 1, [wrongOnPurpose.id]]]);

  await page.goto('/quiz');
  const entry = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: /Interview playbook/i }) });
  await expect(entry).toContainText(`Your best: ${questions.length - 1} of ${questions.length}`);
  await expectNoSeriousA11yViolations(page, '/quiz');
});
