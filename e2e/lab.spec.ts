import { test, expect, expectNoSeriousA11yViolations } from './fixtures';
import type { Page } from '@playwright/test';

async function lost(page: Page): Promise<number> {
  return Number((await page.getByTestId('lab-sessions-lost').textContent())!.replace(/,/g, ''));
}

test('killing a server loses its sessions under cookie affinity and none under the shared store', async ({ page }) => {
  await page.goto('/lab?preset=nat-ip-hash');
  const strategy = page.getByLabel('Strategy');
  await strategy.selectOption({ label: 'Cookie affinity' });
  await page.getByRole('button', { name: 'Run 10 s' }).click();
  expect(await lost(page)).toBe(0);
  await page.getByRole('button', { name: 'Kill app-2' }).click();
  await expect(page.getByRole('button', { name: 'Kill app-2' })).toHaveCount(0);
  const afterKill = await lost(page);
  expect(afterKill).toBeGreaterThan(20);
  await expect(page.getByText(/app-2 went down with [\d,]+ sessions: their state is lost/).first()).toBeAttached();

  await strategy.selectOption({ label: 'Shared session store' });
  await page.getByRole('button', { name: 'Run 10 s' }).click();
  await page.getByRole('button', { name: 'Kill app-2' }).click();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByTestId('lab-clock')).not.toHaveText('0:10', { timeout: 5000 });
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Run 10 s' }).click();
  expect(await lost(page)).toBe(0);
  await expect(page.getByText('app-2 went down. No session was lost').first()).toBeAttached();
  await expectNoSeriousA11yViolations(page, '/lab after a kill');
});

test('the lab is operable by keyboard and announces events, not ticks', async ({ page }) => {
  await page.goto('/lab?preset=server-failure');
  const play = page.getByRole('button', { name: 'Play' });
  await play.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
  const live = page.locator('[aria-live="polite"]');
  await expect(live).toHaveText('');
  // The preset kills app-3 30 simulated seconds in; at 5 s per second that is about 6 s.
  await expect(live).toContainText('app-3 went down', { timeout: 20_000 });
  const announced = await live.textContent();
  // Let the lab tick on for three more simulated seconds: ticks change the numbers, never the live region.
  const clock = page.getByTestId('lab-clock');
  const seconds = async () => {
    const [m, s] = (await clock.textContent())!.split(':').map(Number);
    return m * 60 + s;
  };
  const from = await seconds();
  await expect.poll(seconds, { timeout: 20_000 }).toBeGreaterThanOrEqual(from + 3);
  await expect(live).toHaveText(announced!);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Play' })).toBeFocused();
});

test('lessons embed the lab, and its code loads only on pages that use it, once it is in view', async ({ page }) => {
  const scripts = (into: Set<string>) => (r: { url(): string; resourceType(): string }) => {
    if (r.resourceType() === 'script') into.add(new URL(r.url()).pathname);
  };
  const withLab = new Set<string>();
  page.on('request', scripts(withLab));
  await page.goto('/lessons/pitfalls');
  const lab = page.getByRole('region', { name: 'Traffic lab' });
  // The lab's code loads when the reader scrolls near it, not with the lesson.
  await page.waitForLoadState('networkidle');
  const beforeView = new Set(withLab);
  await lab.scrollIntoViewIfNeeded();
  await expect(lab.getByRole('button', { name: 'Play' })).toBeVisible();
  expect([...withLab].filter((url) => !beforeView.has(url)).length, 'scripts fetched once the lab is in view').toBeGreaterThan(0);
  await expect(lab.getByLabel('Strategy')).toHaveValue('ip-hash');
  await expect(lab.getByLabel('Traffic')).toHaveValue('nat');
  await expectNoSeriousA11yViolations(page, '/lessons/pitfalls with the lab');
  page.removeAllListeners('request');

  const withoutLab = new Set<string>();
  const other = await page.context().newPage();
  other.on('request', scripts(withoutLab));
  await other.goto('/lessons/how-balancers-stick');
  await other.waitForLoadState('networkidle');
  await expect(other.getByRole('region', { name: 'Traffic lab' })).toHaveCount(0);
  const labOnly = [...withLab].filter((url) => !withoutLab.has(url));
  // Chunks the lab page fetched that the page without a lab never asked for: the lab's own code.
  expect(labOnly.length, 'the lab has chunks of its own').toBeGreaterThan(0);
});

test('without JavaScript a lesson with the lab still reads, and says what the lab needs', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/lessons/pitfalls');
  await expect(page.getByRole('heading', { name: /Many users behind one address/ })).toBeVisible();
  // Playwright's text locators skip <noscript>, so find the note by its element.
  const note = page.getByRole('region', { name: 'Traffic lab' }).locator('noscript p');
  await expect(note).toBeVisible();
  await expect(note).toHaveText(/The traffic lab runs in your browser and needs JavaScript/);
  await expect(page.getByText('Loading the traffic lab')).toBeHidden();
  await context.close();
});

test('the lab fits a 360px phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/lab?preset=hot-users');
  await expect(page.getByRole('button', { name: 'Kill app-5' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
