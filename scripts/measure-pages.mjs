#!/usr/bin/env node
/**
 * How heavy are our pages next to a bare Next.js page, and how fast is the
 * exercise editor next to a bare Monaco page? A benchmark, not a test: it
 * prints medians and ratios and never fails on a slow machine.
 *
 * In one run it builds the bare Next.js app (scripts/bare-next.mjs) and our
 * site with the bench-only pages (MEASURE_BENCH=1, into .bench/site), serves
 * both, and then, in interleaved rounds (the page order rotates each round,
 * so neither side always runs first on a busy machine):
 *  - Lighthouse 12 (mobile preset: simulated 4x CPU slowdown and slow 4G) on
 *    the bare page and on our home, lesson, exercise, lab and quiz pages;
 *  - in Chromium through Playwright, the time until Monaco is mounted
 *    (`editor-ready`) and until the TypeScript worker has answered with the
 *    exercise's types (`editor-diagnostics`), on the exercise page and on
 *    app/bench/monaco, which mounts the same Monaco build and workers alone.
 * First-load JS is the gzipped size of the scripts each page's HTML names.
 *
 *   npm run measure:pages
 *   npm run measure:pages -- --no-build      reuse .bench/site and .bench/bare-next
 *   npm run measure:pages -- --rounds 5 --only lighthouse|editor
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { buildBareNext, firstLoadJs, nextBuild } from './bare-next.mjs';
import { median, rotate, serve, waitFor } from './bench-kit.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const ROOT = process.cwd();
const ROUNDS = Number(option('rounds', '3'));
const ONLY = option('only', 'all');
const SITE_DIR = '.bench/site';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The flags of playwright.config.ts: headless, no GPU, nothing phoning home.
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** [label, URL path, exported HTML file]; the bare page is the baseline. */
const PAGES = [
  ['home', '/', 'index.html'],
  ['lesson 1', '/lessons/what-are-sticky-sessions', 'lessons/what-are-sticky-sessions.html'],
  ['lesson+lab', '/lessons/pitfalls', 'lessons/pitfalls.html'],
  ['exercise', '/exercises/cookie-affinity', 'exercises/cookie-affinity.html'],
  ['lab', '/lab', 'lab.html'],
  ['quiz', '/quiz/what-are-sticky-sessions', 'quiz/what-are-sticky-sessions.html'],
];




/** One Lighthouse run in a fresh Chromium (no cache, no storage carried over). */
async function lighthouseRun(url) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const { audits, categories } = result.lhr;
    const breakdown = Object.fromEntries((audits['mainthread-work-breakdown'].details?.items ?? []).map((item) => [item.group, item.duration]));
    return {
      score: categories.performance.score * 100,
      tbt: audits['total-blocking-time'].numericValue,
      mainThread: audits['mainthread-work-breakdown'].numericValue,
      cls: audits['cumulative-layout-shift'].numericValue,
      lcp: audits['largest-contentful-paint'].numericValue,
      breakdown,
    };
  } finally {
    await chrome.kill();
  }
}

async function measureLighthouse(targets) {
  const runs = new Map(targets.map((t) => [t.label, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const target of rotate(targets, round)) {
      process.stderr.write(`lighthouse round ${round + 1}/${ROUNDS}: ${target.label}\n`);
      runs.get(target.label).push(await lighthouseRun(target.url));
    }
  }
  return runs;
}

/** Editor-ready and diagnostics-ready times, first visit, no cache, as marked by the page. */
async function editorRun(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('editor-diagnostics').length > 0, null, { timeout: 120_000 });
    return await page.evaluate(() => ({
      ready: performance.getEntriesByName('editor-ready')[0].startTime,
      diagnostics: performance.getEntriesByName('editor-diagnostics')[0].startTime,
    }));
  } finally {
    await context.close();
  }
}

async function measureEditor(base) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS });
  const sides = [
    ['bare Monaco', `${base}/bench/monaco`],
    ['exercise', `${base}/exercises/cookie-affinity`],
  ];
  const runs = new Map(sides.map(([label]) => [label, []]));
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const [label, url] of rotate(sides, round)) {
        process.stderr.write(`editor round ${round + 1}/${ROUNDS}: ${label}\n`);
        runs.get(label).push(await editorRun(browser, url));
      }
    }
  } finally {
    await browser.close();
  }
  return runs;
}

const pad = (value, width) => String(value).padStart(width);
const ratio = (value, base) => (Number.isFinite(value) && base > 0 ? `${(value / base).toFixed(2)}x` : '-');
const ms = (value) => (Number.isFinite(value) ? `${Math.round(value)} ms` : '-');

function printLighthouse(runs, bytes) {
  const bare = runs.get('bare Next.js');
  const base = {
    score: median(bare.map((r) => r.score)),
    tbt: median(bare.map((r) => r.tbt)),
    mainThread: median(bare.map((r) => r.mainThread)),
    bytes: bytes.get('bare Next.js'),
  };
  console.log(`\nLighthouse 12.2.3, mobile preset, ${ROUNDS} interleaved rounds: medians (CLS: the worst round); ratios against the bare Next.js page`);
  console.log(
    ['page'.padEnd(12), pad('score', 6), pad('Δscore', 7), pad('TBT', 8), pad('TBT×', 6), pad('main', 8), pad('main×', 6), pad('CLS', 6), pad('LCP', 8), pad('JS KiB', 7), pad('JS×', 6)].join(' '),
  );
  for (const [label, list] of runs) {
    const score = median(list.map((r) => r.score));
    const tbt = median(list.map((r) => r.tbt));
    const main = median(list.map((r) => r.mainThread));
    const cls = Math.max(...list.map((r) => r.cls));
    const lcp = median(list.map((r) => r.lcp));
    const js = bytes.get(label);
    console.log(
      [
        label.padEnd(12),
        pad(score.toFixed(0), 6),
        pad((score - base.score).toFixed(0), 7),
        pad(ms(tbt), 8),
        pad(ratio(tbt, base.tbt), 6),
        pad(ms(main), 8),
        pad(ratio(main, base.mainThread), 6),
        pad(cls.toFixed(3), 6),
        pad(ms(lcp), 8),
        pad((js / 1024).toFixed(1), 7),
        pad(ratio(js, base.bytes), 6),
      ].join(' '),
    );
  }
  // Where the main thread goes (Lighthouse's breakdown of the trace), to say what to cut.
  const groups = [...new Set([...runs.values()].flatMap((list) => list.flatMap((r) => Object.keys(r.breakdown))))];
  console.log(`\nMain-thread work by kind (median ms, 4x CPU slowdown)`);
  console.log(['page'.padEnd(12), ...groups.map((g) => pad(g.slice(0, 14), 14))].join(' '));
  for (const [label, list] of runs) {
    console.log([label.padEnd(12), ...groups.map((g) => pad(Math.round(median(list.map((r) => r.breakdown[g] ?? 0))), 14))].join(' '));
  }
}

function printEditor(runs) {
  const bare = runs.get('bare Monaco');
  const base = { ready: median(bare.map((r) => r.ready)), diagnostics: median(bare.map((r) => r.diagnostics)) };
  console.log(`\nEditor in Chromium (no throttling, first visit, no cache), ${ROUNDS} interleaved rounds: medians after navigation start`);
  console.log(['page'.padEnd(12), pad('mounted', 10), pad('ratio', 6), pad('diagnostics', 12), pad('ratio', 6)].join(' '));
  for (const [label, list] of runs) {
    const ready = median(list.map((r) => r.ready));
    const diagnostics = median(list.map((r) => r.diagnostics));
    console.log([label.padEnd(12), pad(ms(ready), 10), pad(ratio(ready, base.ready), 6), pad(ms(diagnostics), 12), pad(ratio(diagnostics, base.diagnostics), 6)].join(' '));
  }
}

const skipBuild = args.includes('--no-build');
const bareSite = path.join(ROOT, '.bench', 'bare-next', 'out');
if (!skipBuild || !existsSync(bareSite)) buildBareNext(ROOT);
if (!skipBuild || !existsSync(SITE_DIR)) nextBuild(ROOT, { NEXT_DIST_DIR: SITE_DIR, MEASURE_BENCH: '1' });

const bytes = new Map([['bare Next.js', firstLoadJs(bareSite, 'index.html').bytes]]);
for (const [label, , file] of PAGES) bytes.set(label, firstLoadJs(path.join(ROOT, SITE_DIR), file).bytes);

const bareServer = serve(bareSite, 3411);
const siteServer = serve(SITE_DIR, 3412);
try {
  await Promise.all([waitFor(`${bareServer.base}/`), waitFor(`${siteServer.base}/`)]);
  if (ONLY !== 'editor') {
    const targets = [{ label: 'bare Next.js', url: `${bareServer.base}/` }, ...PAGES.map(([label, urlPath]) => ({ label, url: siteServer.base + urlPath }))];
    printLighthouse(await measureLighthouse(targets), bytes);
  }
  if (ONLY !== 'lighthouse') printEditor(await measureEditor(siteServer.base));
} finally {
  bareServer.child.kill();
  siteServer.child.kill();
}
