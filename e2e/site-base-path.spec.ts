/**
 * The site built with BASE_PATH=/course and served from a `course/` folder
 * by a plain static server, as the README's Deploy section says for a
 * GitHub Pages project site. The journey (links, Monaco and grader workers,
 * search, the service worker) must keep every request under /course, and
 * the metadata must point there. scripts/e2e.mjs builds this variant.
 */
import { SUBPATH_PORT } from '../playwright.config';
import { expect, test } from './fixtures';
import { answerQuizQuestion, readLesson, submitInMonaco } from './site-journey';

const ORIGIN = `http://127.0.0.1:${SUBPATH_PORT}`;
test.use({ baseURL: `${ORIGIN}/course/` });
test.skip(!process.env.E2E_SUBPATH_ROOT, 'the base-path build is made by scripts/e2e.mjs (npm run test:e2e)');

test('the whole journey stays under /course', async ({ page }) => {
  test.setTimeout(180_000);
  const paths: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === ORIGIN) paths.push(url.pathname);
  });

  await page.goto('./');
  await page.getByRole('link', { name: 'Lessons', exact: true }).click();
  await expect(page).toHaveURL(`${ORIGIN}/course/lessons`);
  await page.getByRole('link', { name: 'What sticky sessions are' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What sticky sessions are');
  await expect(page).toHaveURL(`${ORIGIN}/course/lessons/what-are-sticky-sessions`);

  // Social and canonical metadata carry the base path (read from the served page, as a crawler sees it).
  await page.reload();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/course\/lessons\/what-are-sticky-sessions$/);
  await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute('content', /\/course\/lessons\/what-are-sticky-sessions\/opengraph-image/);

  await page.getByTestId('search-button').click();
  await page.getByRole('combobox', { name: 'Search the course' }).fill('reassembled');
  await page.getByRole('option').filter({ hasText: 'Quiz: ' }).filter({ hasText: /reassembled/i }).first().click();
  await expect(page).toHaveURL(`${ORIGIN}/course/quiz/decision-guide#question-upload`);

  await submitInMonaco(page, 'exercises/round-robin');
  await answerQuizQuestion(page, 'quiz/what-are-sticky-sessions');
  await readLesson(page, 'lessons/what-are-sticky-sessions');

  // The service worker registered with the /course scope.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(`${ORIGIN}/course/`);

  expect(paths.length).toBeGreaterThan(10);
  // Exactly /course or below it: '/course-x' or '/_next' at the host root would be a leak.
  expect(paths.filter((p) => p !== '/course' && !p.startsWith('/course/'))).toEqual([]);
});

test('sitemap and robots list the sub-path URLs', async ({ page }) => {
  const sitemap = await (await page.request.get(`${ORIGIN}/course/sitemap.xml`)).text();
  expect(sitemap).toContain('/course/lessons/what-are-sticky-sessions</loc>');
  const robots = await (await page.request.get(`${ORIGIN}/course/robots.txt`)).text();
  expect(robots).toMatch(/Sitemap: .*\/course\/sitemap\.xml/);
});
