#!/usr/bin/env node
/**
 * Measures the exercise workspace against the served static build, in
 * Debian's Chromium through playwright-core, beside the Node grader:
 *
 *  - per exercise, the reference solution's full suite: Submit -> complete
 *    results in the page, and the same suite graded in Node (`npm run grade`
 *    as a process, and gradeSubmission in-process with worker_threads);
 *  - the exercise page's first-load JavaScript before Monaco loads (gzipped
 *    bytes of the scripts its HTML names) and the time until the editor is
 *    ready, with the JavaScript fetched by then.
 *
 *   node scripts/measure-workspace.mjs --base http://127.0.0.1:3107 --site out-w [--runs 3] [--seed 1234]
 *
 * The site must already be built and served (e.g. `npx serve out-w -l 3107`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { tsImport } from 'tsx/esm/api';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const BASE = option('base', 'http://127.0.0.1:3107');
const SITE = option('site', 'out');
const RUNS = Number(option('runs', '3'));
const SEED = Number(option('seed', '20261128'));
const ROOT = process.cwd();
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${Math.round(x)} ms`;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

function exercisesToMeasure() {
  const listed = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/grade.ts', '--list'], { encoding: 'utf8' });
  return listed.stdout
    .split('\n')
    .filter(Boolean)
    .filter((id) => existsSync(path.join(SITE, 'exercises', `${id}.html`)));
}

function solutionOf(id) {
  return readFileSync(path.join(ROOT, 'content', 'exercises', id, 'solution.ts'), 'utf8');
}

/** `npm run grade` as a learner would run it: a whole process, tsx start-up included. */
function cliWallTime(id) {
  const file = path.join('content', 'exercises', id, 'solution.ts');
  const started = performance.now();
  const run = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/grade.ts', id, file, '--seed', String(SEED)], { encoding: 'utf8' });
  const elapsed = performance.now() - started;
  if (run.status !== 0) throw new Error(`npm run grade failed for ${id}: ${run.stdout}${run.stderr}`);
  return elapsed;
}

/** The same host code as the page (gradeSubmission) with Node worker threads. */
async function nodeInProcess(ids) {
  const { gradeSubmission } = await tsImport('../lib/grader/orchestrate.ts', import.meta.url);
  const { spawnNodeWorker } = await tsImport('./grade-worker.spawn.ts', import.meta.url);
  const out = {};
  for (const id of ids) {
    const walls = [];
    const sums = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      const outcome = await gradeSubmission({ exercise: id, code: solutionOf(id), seed: SEED, mode: 'submit' }, { spawnWorker: spawnNodeWorker });
      walls.push(performance.now() - started);
      if (outcome.kind !== 'graded' || !outcome.report.passed) throw new Error(`reference solution of ${id} did not pass in Node`);
      sums.push(outcome.report.scenarios.reduce((n, s) => n + s.durationMs, 0));
    }
    out[id] = { wall: median(walls), scenarios: median(sums) };
  }
  return out;
}

/** Gzipped bytes of every script the page's HTML loads before anything else happens. */
function firstLoadJs(htmlFile) {
  const html = readFileSync(path.join(SITE, htmlFile), 'utf8');
  const sources = new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]));
  let bytes = 0;
  for (const src of sources) bytes += gzipSync(readFileSync(path.join(SITE, decodeURIComponent(src.split('?')[0])))).length;
  return { bytes, scripts: sources.size };
}

/** Gzipped size of every JavaScript file the page fetched (from the build folder, as served). */
function gzippedJsFetched(urls) {
  let bytes = 0;
  for (const url of new Set(urls)) {
    const local = path.join(SITE, decodeURIComponent(new URL(url).pathname));
    if (existsSync(local)) bytes += gzipSync(readFileSync(local)).length;
  }
  return bytes;
}

async function withPage(browser, editorKind, fn) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript((kind) => window.localStorage.setItem('sticky-course:editor-kind', kind), editorKind);
  const page = await context.newPage();
  const scripts = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script' || r.url().endsWith('.js')) scripts.push(r.url());
  });
  try {
    return await fn(page, scripts);
  } finally {
    await context.close();
  }
}

async function editorReady(browser, id) {
  const times = [];
  let fetched = 0;
  for (let i = 0; i < RUNS; i++) {
    // A fresh context each time: nothing cached, as on a first visit.
    await withPage(browser, 'monaco', async (page, scripts) => {
      await page.goto(`${BASE}/exercises/${id}`);
      await page.waitForFunction(() => performance.getEntriesByName('editor-ready').length > 0, null, { timeout: 60_000 });
      times.push(await page.evaluate(() => performance.getEntriesByName('editor-ready')[0].startTime));
      fetched = gzippedJsFetched(scripts);
    });
  }
  return { ready: median(times), fetched };
}

async function browserSubmit(browser, id) {
  return withPage(browser, 'textarea', async (page) => {
    await page.goto(`${BASE}/exercises/${id}`);
    const editor = page.getByRole('textbox', { name: 'Your code' });
    await editor.fill(solutionOf(id));
    // Let the page boot its spare grading worker, as it does while the learner reads.
    await page.waitForTimeout(1500);
    const walls = [];
    const sums = [];
    for (let i = 0; i < RUNS; i++) {
      const elapsed = await page.evaluate(async () => {
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Submit'));
        const done = () => {
          const summary = document.querySelector('[data-testid="results-summary"]');
          return summary && !document.querySelector('[aria-busy="true"]') ? summary : null;
        };
        const started = performance.now();
        button.click();
        await new Promise((resolve) => {
          const check = () => (done() ? resolve() : requestAnimationFrame(check));
          requestAnimationFrame(check);
        });
        return performance.now() - started;
      });
      const summary = await page.getByTestId('results-summary').textContent();
      if (!/^All \d+ scenarios passed/.test(summary ?? '')) throw new Error(`reference solution of ${id} did not pass in the browser: ${summary}`);
      walls.push(elapsed);
      sums.push(await page.locator('[data-scenario]').evaluateAll((items) => items.reduce((n, li) => n + Number(li.getAttribute('data-duration')), 0)));
      await page.waitForTimeout(800);
    }
    return { wall: median(walls), scenarios: median(sums) };
  });
}

const ids = exercisesToMeasure();
if (ids.length === 0) {
  console.error(`No exercise pages found in ${SITE}/exercises: build and serve the site first.`);
  process.exit(2);
}
console.log(`Measuring ${ids.join(', ')} against ${BASE} (site files in ${SITE}); seed ${SEED}, median of ${RUNS} runs.\n`);

const node = await nodeInProcess(ids);
const cli = Object.fromEntries(ids.map((id) => [id, cliWallTime(id)]));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const inBrowser = {};
try {
  for (const id of ids) inBrowser[id] = await browserSubmit(browser, id);
  const first = firstLoadJs(path.join('exercises', `${ids[0]}.html`));
  const ready = await editorReady(browser, ids[0]);

  const rows = ids.map((id) => [
    id,
    ms(inBrowser[id].wall),
    ms(node[id].wall),
    (inBrowser[id].wall / node[id].wall).toFixed(2),
    ms(inBrowser[id].scenarios),
    ms(node[id].scenarios),
    ms(cli[id]),
  ]);
  const head = ['exercise', 'browser submit->results', 'node gradeSubmission', 'ratio', 'browser scenarios', 'node scenarios', 'npm run grade (process)'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(head));
  for (const r of rows) console.log(line(r));
  console.log('\n"scenarios" columns: the sum of the scenarios\' own running times, without worker start-up or messaging.');
  console.log(`\nExercise page (/exercises/${ids[0]}):`);
  console.log(`  first-load JS before Monaco: ${kib(first.bytes)} gzipped in ${first.scripts} scripts`);
  console.log(`  editor ready (Monaco, first visit, no cache): ${ms(ready.ready)} after navigation start`);
  console.log(`  JavaScript fetched by then (page + Monaco + its workers): ${kib(ready.fetched)} gzipped`);
} finally {
  await browser.close();
}
