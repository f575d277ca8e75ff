/**
 * Grading in the browser, driven through the plain text editor (the same
 * Run/Submit as Monaco, and the most reliable way to paste whole files):
 * correct solutions pass every scenario, wrong ones fail on the scenario that
 * names their mistake with the very message Node's grader gives for that
 * seed, an infinite loop ends as "time limit" without freezing the page.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { EDITOR_KIND_KEY } from '../lib/storage/keys';

const EXERCISES_DIR = path.join(process.cwd(), 'content', 'exercises');

interface CliReport {
  seed: number;
  passed: boolean;
  scenarios: { id: string; status: string; message: string }[];
}

/** `npm run grade` itself (Node, worker_threads): the reference the browser must agree with. */
function gradeInNode(args: string[]): { status: number | null; stdout: string } {
  const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/grade.ts', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout };
}

function gradeFileInNode(id: string, relativeFile: string, seed: number): CliReport {
  const { stdout } = gradeInNode([id, path.join(EXERCISES_DIR, id, relativeFile), '--seed', String(seed), '--json']);
  return JSON.parse(stdout) as CliReport;
}

/** Exercises with both a statement (so a page) and a grader suite. */
function gradedExercises(): string[] {
  const known = new Set(gradeInNode(['--list']).stdout.split('\n').filter(Boolean));
  return readdirSync(EXERCISES_DIR).filter((id) => known.has(id) && existsSync(path.join(EXERCISES_DIR, id, 'statement.mdx')));
}

function file(id: string, name: string): string {
  return readFileSync(path.join(EXERCISES_DIR, id, name), 'utf8');
}

async function openWithTextarea(page: Page, id: string) {
  await page.addInitScript((key) => window.localStorage.setItem(key, 'textarea'), EDITOR_KIND_KEY);
  await page.goto(`/exercises/${id}`);
  const editor = page.getByRole('textbox', { name: 'Your code' });
  await expect(editor).toBeVisible();
  return editor;
}

async function finished(page: Page) {
  await expect(page.getByTestId('results-summary')).toBeVisible({ timeout: 30_000 });
}

async function statuses(page: Page) {
  return page.locator('[data-scenario]').evaluateAll((items) =>
    Object.fromEntries(items.map((li) => [li.getAttribute('data-scenario'), li.getAttribute('data-status')])),
  );
}

for (const id of gradedExercises()) {
  test(`${id}: the reference solution passes every scenario of the full suite`, async ({ page }) => {
    const editor = await openWithTextarea(page, id);
    await editor.fill(file(id, 'solution.ts'));
    await page.getByRole('button', { name: /^Submit/ }).click();
    await finished(page);
    const all = Object.values(await statuses(page));
    const seed = Number(await page.getByTestId('results-seed').textContent());
    expect(all.length).toBe(gradeFileInNode(id, 'solution.ts', seed).scenarios.length);
    expect(all.every((s) => s === 'passed')).toBe(true);
    await expect(page.getByTestId('results-summary')).toContainText(`All ${all.length} scenarios passed`);
    await expect(page.getByTestId('announcer')).toContainText('scenarios passed');
  });
}

function wrongFiles(id: string): string[] {
  const dir = path.join(EXERCISES_DIR, id, 'wrong');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.ts')).sort() : [];
}

/** Every wrong round-robin, and one wrong solution of each other exercise (kept short: each is a full Submit). */
const WRONG_CASES = gradedExercises().flatMap((id) => {
  const files = wrongFiles(id);
  return (id === 'round-robin' ? files : files.slice(-1)).map((name) => ({ id, name }));
});

for (const { id, name } of WRONG_CASES) {
  test(`${id}: wrong/${name} fails its named scenario with the grader's message`, async ({ page }) => {
    const code = file(id, `wrong/${name}`);
    const expected = /^\/\/ expect-fail: (\S+)/.exec(code)?.[1];
    expect(expected, 'the wrong solution names the scenario that catches it').toBeTruthy();
    const editor = await openWithTextarea(page, id);
    await editor.fill(code);
    await page.getByRole('button', { name: /^Submit/ }).click();
    await finished(page);
    const item = page.locator(`[data-scenario="${expected}"]`);
    await expect(item).toHaveAttribute('data-status', /failed|error|timeout/);

    // The same scenario graded by `npm run grade` with the seed the page shows says exactly the same thing.
    const seed = Number(await page.getByTestId('results-seed').textContent());
    const node = gradeFileInNode(id, `wrong/${name}`, seed).scenarios.find((s) => s.id === expected)!;
    expect(node.status).not.toBe('passed');
    await expect(item).toContainText(node.message);

    // A failed run can be replayed with its seed, to the same result.
    await page.getByRole('button', { name: `Replay with seed ${seed}` }).click();
    await finished(page);
    await expect(page.getByTestId('results-seed')).toHaveText(String(seed));
    await expect(page.locator(`[data-scenario="${expected}"]`)).toContainText(node.message);
  });
}

const INFINITE_LOOP = `export function createBalancer(): Balancer {
  let servers: readonly ServerId[] = [];
  return {
    setServers(list) { servers = list; },
    route() {
      while (true) {}
    },
  };
}
`;

test('an infinite loop ends as "time limit" within seconds, the page stays usable, and the next run works', async ({ page }) => {
  const editor = await openWithTextarea(page, 'round-robin');
  await editor.fill(INFINITE_LOOP);
  await page.getByRole('button', { name: /^Run/ }).click();

  // The page answers while the learner's loop spins in the worker.
  await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();
  await page.getByRole('button', { name: 'Show the first hint' }).click();
  await expect(page.getByRole('heading', { name: /Hints/ })).toContainText('1 of');

  const firstTimeout = page.locator('[data-status="timeout"]').first();
  // The page's own time limit ends the scenario (how soon is the grader's budget, tested in lib/grader).
  await expect(firstTimeout).toBeVisible({ timeout: 60_000 });
  await expect(firstTimeout).toContainText('time limit');
  await finished(page);
  const all = Object.values(await statuses(page));
  expect(all.length).toBeGreaterThan(0);
  expect(all.every((s) => s === 'timeout')).toBe(true);

  await editor.fill(file('round-robin', 'solution.ts'));
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('results-summary')).toContainText('passed');
  expect(Object.values(await statuses(page)).every((s) => s === 'passed')).toBe(true);
});

test('a syntax error is reported with its line before any scenario runs', async ({ page }) => {
  const editor = await openWithTextarea(page, 'round-robin');
  await editor.fill('export function createBalancer(): Balancer {\n  return { route( };\n}\n');
  await page.getByRole('button', { name: /^Run/ }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'does not compile' });
  await expect(alert).toContainText('line 2');
  await expect(page.locator('[data-scenario]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Go to line 2' }).click();
  await expect(editor).toBeFocused();
});

test('on a phone-sized screen the plain editor is the default and Submit works', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/exercises/round-robin');
  const editor = page.getByRole('textbox', { name: 'Your code' });
  await expect(editor).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Plain text editor' })).toBeChecked();
  await editor.fill(file('round-robin', 'solution.ts'));
  await page.getByRole('button', { name: /^Submit/ }).click();
  await finished(page);
  expect(Object.values(await statuses(page)).every((s) => s === 'passed')).toBe(true);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'no sideways scrolling at 360px').toBeLessThanOrEqual(0);
});

const PROBE = `const names = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'importScripts', 'indexedDB', 'caches', 'postMessage', 'BroadcastChannel', 'Worker'];

export function createBalancer(): Balancer {
  const seen: string[] = [];
  const scope = globalThis as unknown as Record<string, any>;
  for (const name of names) {
    const found = scope[name] ?? Object.getPrototypeOf(scope)?.[name];
    if (found === undefined) { seen.push(name + ':absent'); continue; }
    try {
      if (typeof found === 'function') {
        try { found('/leak?via=' + name); } catch { new found('/leak?via=' + name); }
      } else {
        found.open('leak');
      }
      seen.push(name + ':WORKED');
    } catch {
      seen.push(name + ':blocked');
    }
  }
  for (const [name, build] of [
    ['Function', () => new Function("return import('/leak?via=Function')")],
    ['asyncFunction', () => (async () => {}).constructor("await import('/leak?via=async')")],
    ['eval', () => (0, eval)("import('/leak?via=eval')")],
    ['timer', () => setTimeout("import('/leak?via=timer')", 0)],
  ] as const) {
    try {
      const made = build();
      if (typeof made === 'function') made();
      seen.push(name + ':WORKED');
    } catch {
      seen.push(name + ':blocked');
    }
  }
  // Only what got through is named: the grader shortens long messages.
  const through = seen.filter((s) => s.endsWith(':WORKED'));
  throw new Error('probe: ' + (seen.length - through.length) + ' blocked or absent; through: ' + (through.join(' ') || 'none') + '.');
}
`;

test('learner code in the worker cannot reach the network, storage or the page', async ({ page }) => {
  const leaks: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/leak')) leaks.push(request.url());
  });
  const editor = await openWithTextarea(page, 'round-robin');
  await editor.fill(PROBE);
  await page.getByRole('button', { name: /^Run/ }).click();
  await finished(page);
  const message = await page.locator('[data-scenario]').first().textContent();
  // 10 globals and 4 ways of building code from strings; none may get through.
  expect(message).toContain('probe: 14 blocked or absent; through: none.');
  // The run's worker is terminated when the run ends, so anything it sent went out before the
  // results showed. A request the page makes now is seen after those: wait for it, then look.
  const sentinel = page.waitForRequest((r) => r.url().includes('/?after-probe'));
  await page.evaluate(() => void fetch('/?after-probe').catch(() => undefined));
  await sentinel;
  expect(leaks, 'requests made by learner code').toEqual([]);
});

const IN_REALM_ATTACKS = `const g = globalThis as any;
const through: string[] = [];
const attempt = (name: string, f: () => void) => { try { f(); through.push(name); } catch { /* refused */ } };
attempt('Map.prototype.get', () => { Map.prototype.get = () => undefined; });
attempt('Set.prototype.has', () => { Set.prototype.has = () => true; });
attempt('Object.keys', () => { Object.keys = () => []; });
attempt('String.prototype.includes', () => { String.prototype.includes = () => false; });
if (new Error('x').stack) through.push('stack');
g.loads = (g.loads ?? 0) + 1;
if (g.loads > 1) through.push('shared globalThis');
if (typeof g.self !== 'undefined' || typeof g.postMessage !== 'undefined') through.push('worker scope');

export function createBalancer(): Balancer {
  let servers: ServerId[] = [];
  return {
    setServers(list) { servers = [...list]; },
    route(request) {
      try { (request as any).clientIp = 'x'; through.push('request'); } catch { /* frozen */ }
      throw new Error('attacks through: ' + (through.join(', ') || 'none') + '.');
    },
  };
}
`;

test('in the browser worker, learner code can patch no built-in, share no globalThis, read no stack and change no request', async ({ page }) => {
  const editor = await openWithTextarea(page, 'round-robin');
  await editor.fill(IN_REALM_ATTACKS);
  await page.getByRole('button', { name: /^Run/ }).click();
  await finished(page);
  const items = page.locator('[data-scenario]');
  await expect(items).toHaveCount(2);
  for (const text of await items.allTextContents()) expect(text).toContain('attacks through: none.');
});

test('a file without the exercise\'s export gets one message before any scenario runs', async ({ page }) => {
  const editor = await openWithTextarea(page, 'round-robin');
  await editor.fill('export function makeBalancer() {\n  return {};\n}\n');
  await page.getByRole('button', { name: /^Submit/ }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Nothing to grade yet' });
  await expect(alert).toContainText('does not export createBalancer');
  await expect(page.locator('[data-scenario]')).toHaveCount(0);
});
