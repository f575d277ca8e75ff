/**
 * Search: nothing of it loads with a page; `/` opens an accessible dialog;
 * results come from lessons (with the heading they sit under) and from quiz
 * explanations, which no page shows until a learner answers; the keyboard
 * alone picks and opens a result.
 */
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import { bankFile } from './quiz-helpers';

test('the search index is not fetched until search is opened', async ({ page }) => {
  const searchRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) searchRequests.push(request.url());
  });
  await page.goto('/lessons/what-are-sticky-sessions');
  await expect(page.getByTestId('search-button')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(searchRequests).toEqual([]);
  await page.getByTestId('search-button').click();
  await expect.poll(() => searchRequests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('/ opens search; a lesson passage is found with its heading and opened by keyboard', async ({ page }) => {
  await page.goto('/');
  const input = page.getByRole('combobox', { name: 'Search the course' });
  // The shortcut works once the page has hydrated: press until it opens.
  await expect(async () => {
    await page.keyboard.press('/');
    await expect(input).toBeFocused({ timeout: 1_000 });
  }).toPass();
  await input.fill('consistent hashing');
  const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  await expect(options.first()).toBeVisible();
  await expect(page.getByTestId('search-status')).toContainText(/\d+ results?/);
  await expect(options.first().locator('mark').first()).toBeVisible();
  // The combobox points at the active option, as screen readers need.
  const firstId = await options.first().getAttribute('id');
  await expect(input).toHaveAttribute('aria-activedescendant', firstId!);
  await expectNoSeriousA11yViolations(page, 'search dialog with results');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page).toHaveURL(/\/(lessons|exercises)\/[a-z-]+(#[a-z0-9-]+)?$/);
});

test('a word found only in a quiz explanation leads to that quiz', async ({ page }) => {
  // "reassembled" appears in one explanation of the decision-guide quiz and in no page's text.
  const question = bankFile('decision-guide').find((q) => q.id === 'upload')!;
  const explanations = (question.options ?? []).map((o) => (o as { explanation?: string }).explanation ?? '').join(' ');
  expect(explanations).toContain('reassembled');
  await page.goto('/lessons');
  await page.getByTestId('search-button').click();
  const input = page.getByRole('combobox', { name: 'Search the course' });
  await input.fill('reassembled');
  // Pagefind stems words, so other passages may match too: pick the one quoting the explanation.
  const quizOption = page.getByRole('option').filter({ hasText: 'Quiz: ' }).filter({ hasText: /reassembled/i }).first();
  await expect(quizOption).toBeVisible();
  await expect(quizOption.locator('mark', { hasText: /reassembled/i })).toBeVisible();
  await quizOption.click();
  await expect(page).toHaveURL(/\/quiz\/decision-guide#question-upload$/);
  await expect(page.getByTestId('lesson-quiz')).toBeVisible();
});

test('Escape closes search; typing / in a text field types it instead', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('search-button').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.addInitScript(() => window.localStorage.setItem('sticky-course:editor-kind', 'textarea'));
  await page.goto('/exercises/round-robin');
  const editor = page.getByRole('textbox', { name: 'Your code' });
  await editor.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('/');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(editor).toHaveValue(/\/$/);
});
