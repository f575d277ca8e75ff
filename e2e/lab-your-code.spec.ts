/**
 * The learner's own balancer in the traffic lab: opened from the exercise
 * with "Try it in the lab", run on the lab's seeded traffic in the lab
 * worker, killed under, compared with a built-in strategy, stopped with a
 * clear message when it never returns, and shared by a link that carries the
 * code and replays the same numbers in another browser. Numbers are read only
 * once the worker has answered up to the lab's clock (data-settled on the lab).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures';
import { EDITOR_KIND_KEY } from '../lib/storage/keys';

const EXERCISE = 'cookie-affinity';
const file = (name: string) => readFileSync(path.join(process.cwd(), 'content', 'exercises', EXERCISE, name), 'utf8');

/** A draft that routes like the reference for a few simulated seconds after the lab opens, then never returns. */
const LOOPS = `export function createBalancer(opts: { idleTimeoutMs: number }): Balancer {
  let servers: ServerId[] = [];
  let i = 0;
  return {
    setServers(list) { servers = [...list]; },
    route(request) {
      if (request.time > 65_000) {
        while (true) {}
      }
      return { server: servers[i++ % servers.length] };
    },
  };
}
`;

/** Puts `code` in the exercise's editor and opens the lab from the exercise, as a learner would. */
async function openInLab(page: Page, code: string) {
  await page.addInitScript((key) => window.localStorage.setItem(key, 'textarea'), EDITOR_KIND_KEY);
  await page.goto(`/exercises/${EXERCISE}`);
  const editor = page.getByRole('textbox', { name: 'Your code' });
  await editor.fill(code);
  await page.getByRole('link', { name: 'Try it in the lab' }).click();
  await expect(page).toHaveURL(/\/lab\?preset=server-failure&strategy=yours&code=cookie-affinity/);
  await settled(page);
}

async function settled(page: Page) {
  await expect(page.getByTestId('lab')).toHaveAttribute('data-settled', 'true', { timeout: 20_000 });
}

async function runFor10s(page: Page) {
  await page.getByRole('button', { name: 'Run 10 s' }).click();
  await settled(page);
}

const count = async (scope: Locator | Page, id: string) => Number((await scope.getByTestId(id).first().textContent())!.replace(/[^\d.]/g, ''));

async function numbers(scope: Locator | Page) {
  return {
    lost: await scope.getByTestId('lab-sessions-lost').first().textContent(),
    keys: await scope.getByTestId('lab-keys-moved').first().textContent(),
    busiest: await scope.getByTestId('lab-max-mean').first().textContent(),
    live: await scope.getByTestId('lab-live').first().textContent(),
  };
}

/** 20 s in, app-2 goes down; 10 s later the preset's own kill of app-3. */
async function killScenario(page: Page) {
  await runFor10s(page);
  await runFor10s(page);
  await page.getByRole('button', { name: 'Kill app-2' }).click();
  await settled(page);
  await runFor10s(page);
  // "12 with their server, 345 sent to a server without them": the second number is what routing lost.
  const detail = (await page.getByTestId('lab-sessions-lost').locator('xpath=following-sibling::dd[1]').textContent())!;
  const misrouted = Number(/([\d,]+) sent to a server without them/.exec(detail)![1].replace(/,/g, ''));
  return { lost: await count(page, 'lab-sessions-lost'), keys: await count(page, 'lab-keys-moved'), misrouted };
}

test('the reference keeps every session it can; a wrong draft visibly loses many more on the same kill', async ({ page }) => {
  await openInLab(page, file('solution.ts'));
  await expect(page.getByLabel('Strategy')).toHaveValue('yours');
  await expect(page.getByLabel('Strategy').locator('option:checked')).toHaveText('Your code (Cookie affinity)');
  const right = await killScenario(page);
  expect(right.lost).toBeGreaterThan(20);
  // The reference loses only what went down with the servers.
  expect(right.misrouted).toBe(0);
  await expect(page.getByText(/app-2 went down with [\d,]+ sessions/).first()).toBeAttached();

  await openInLab(page, file('wrong/ip-hash.ts'));
  const wrong = await killScenario(page);
  // Address hashing mod N reshuffles most users when a server leaves: their next request finds no state.
  expect(wrong.misrouted).toBeGreaterThan(100);
  expect(wrong.lost).toBeGreaterThan(right.lost + wrong.misrouted / 2);
  expect(wrong.keys).toBeGreaterThan(right.keys);
});

test('an infinite loop stops the run with the request it never returned from, and the lab keeps working', async ({ page }) => {
  await openInLab(page, LOOPS);
  await page.getByRole('button', { name: 'Run 10 s' }).click();
  const failure = page.getByTestId('lab-yours-failure');
  await expect(failure).toContainText(/Your code took longer than 1000 ms on request [\d,]+ \(t=65\.\d{3} s, client [\d.:a-f]+, no cookies\), at 0:05\.\d into the run/, { timeout: 30_000 });
  await expect(failure.getByRole('link', { name: 'Back to the editor' })).toHaveAttribute('href', /\/exercises\/cookie-affinity$/);
  // The page answers: a built-in strategy runs at once.
  await page.getByLabel('Strategy').selectOption({ label: 'Cookie affinity' });
  await page.getByRole('button', { name: 'Run 10 s' }).click();
  await expect(page.getByTestId('lab-clock')).toHaveText('0:10');
  expect(await count(page, 'lab-live')).toBeGreaterThan(100);
  await expectNoSeriousA11yViolations(page, '/lab after a built-in replaced a stopped run');
});

test('a shared link carries the code: a fresh browser with another draft replays the same numbers under "Shared code"', async ({ page, browser, baseURL }) => {
  await openInLab(page, file('solution.ts'));
  await page.getByLabel('Compare with').selectOption({ label: 'IP hash (mod N)' });
  await settled(page);
  const yours = page.getByRole('region', { name: 'Your code (Cookie affinity)' });
  const ip = page.getByRole('region', { name: 'IP hash (mod N)' });
  await runFor10s(page);
  await page.getByRole('button', { name: 'Kill app-4' }).click();
  await settled(page);
  await runFor10s(page);
  // Both sides ran on the same traffic and took the same kill.
  await expect(yours.getByTestId('lab-sessions-lost')).not.toHaveText('0');
  expect(await count(ip, 'lab-sessions-lost')).toBeGreaterThan((await count(yours, 'lab-sessions-lost')) * 1.5);
  const shown = { yours: await numbers(yours), ip: await numbers(ip) };

  await page.getByRole('button', { name: 'Copy link to this run' }).click();
  await expect(page).toHaveURL(/events=k:app-4@10000/);
  const link = page.url();
  expect(link).toContain('t=20000');
  // The code rides in the fragment, compressed: never in the query a server would see.
  const url = new URL(link);
  expect(url.hash).toMatch(/^#code=[A-Za-z0-9+$-]+$/);
  expect(url.search).not.toContain('createBalancer');

  // Someone else, whose own draft is the wrong one: the link runs the sender's code, not theirs.
  const friend = await browser.newContext({ baseURL });
  const other = await friend.newPage();
  await openInLab(other, file('wrong/ip-hash.ts'));
  await other.goto(link);
  await settled(other);
  await expect(other.getByTestId('lab-clock')).toHaveText('0:20');
  await expect(other.getByLabel('Strategy').locator('option:checked')).toHaveText('Shared code (Cookie affinity)');
  // Say why, if the code did not get there (a failure box instead of numbers).
  expect(await other.getByTestId('lab-yours-failure').allTextContents()).toEqual([]);
  expect({
    yours: await numbers(other.getByRole('region', { name: 'Shared code (Cookie affinity)' })),
    ip: await numbers(other.getByRole('region', { name: 'IP hash (mod N)' })),
  }).toEqual(shown);
  await expectNoSeriousA11yViolations(other, '/lab in compare mode from a link with code');
  // A reload keeps the fragment, and with it the shared code.
  await other.reload();
  await settled(other);
  expect(new URL(other.url()).hash).toBe(url.hash);
  await expect(other.getByLabel('Strategy').locator('option:checked')).toHaveText('Shared code (Cookie affinity)');

  // The same code, offered (not loaded) in the exercise's editor.
  await other.getByRole('link', { name: 'Open this code in the editor' }).click();
  await expect(other).toHaveURL(new RegExp(`/exercises/${EXERCISE}#code=`));
  const question = other.getByRole('alertdialog', { name: 'Load the shared code?' });
  await expect(question).toBeVisible();
  await expect(other.getByRole('textbox', { name: 'Your code', exact: true })).toHaveValue(file('wrong/ip-hash.ts'));
  await question.getByRole('button', { name: 'Load the shared code' }).click();
  await expect(other.getByRole('textbox', { name: 'Your code', exact: true })).toHaveValue(file('solution.ts'));

  // A link cut short: the lab says so and runs the friend's own draft, labelled as theirs.
  await other.goto(link.slice(0, -8));
  await expect(other.getByTestId('lab-shared-problem')).toContainText('damaged');
  await settled(other);
  await expect(other.getByLabel('Strategy').locator('option:checked')).toHaveText('Your code (Cookie affinity)');
  await friend.close();
});

test('keyboard only: from the exercise to a kill under your code', async ({ page }) => {
  await page.addInitScript((key) => window.localStorage.setItem(key, 'textarea'), EDITOR_KIND_KEY);
  await page.goto(`/exercises/${EXERCISE}`);
  const editor = page.getByRole('textbox', { name: 'Your code' });
  await editor.fill(file('solution.ts'));
  await editor.focus();
  // Tab order: the editor comes after the lab link, so walk back to it.
  const tryIt = page.getByRole('link', { name: 'Try it in the lab' });
  for (let i = 0; i < 10 && !(await tryIt.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Shift+Tab');
  await expect(tryIt).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/lab\?/);
  await settled(page);
  const step = page.getByRole('button', { name: 'Run 10 s' });
  await step.focus();
  await page.keyboard.press('Enter');
  await settled(page);
  await page.getByRole('button', { name: 'Kill app-1' }).focus();
  await page.keyboard.press('Enter');
  await settled(page);
  await expect(page.getByText(/app-1 went down with [\d,]+ sessions/).first()).toBeAttached();
  expect(await count(page, 'lab-sessions-lost')).toBeGreaterThan(0);
  await expectNoSeriousA11yViolations(page, '/lab running your code');
});
