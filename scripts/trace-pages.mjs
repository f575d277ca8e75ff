#!/usr/bin/env node
/**
 * Where does the main thread go on our pages, next to a bare Next.js page?
 * A benchmark, not a test: it prints medians and ratios and never fails on a
 * slow machine.
 *
 * Each run opens a page in a fresh Chromium context with the CPU slowed 4x
 * (CDP Emulation.setCPUThrottlingRate, a real slowdown rather than
 * Lighthouse's simulation), records a Chromium performance trace from
 * navigation until the page has been quiet for a while, and reads it with
 * Lighthouse's own trace code (tracehouse), so the task groups are the ones
 * Lighthouse's "main-thread work breakdown" uses:
 *  - TBT: total blocking time, the part over 50 ms of every main-thread task
 *    from first contentful paint to the end of the trace;
 *  - main: all main-thread work, then split into script (evaluation and
 *    parse/compile), style/layout, and the rest;
 *  - CLS: layout shift, summed over the trace;
 *  - JS: gzipped bytes of the scripts the page's HTML names.
 * Pages are measured in interleaved rounds (the order rotates each round),
 * so on a busy machine both sides of a ratio see the same load.
 *
 *   node scripts/trace-pages.mjs                 build the bare app and our site, then measure
 *   node scripts/trace-pages.mjs --site out-me   measure an existing export (skips both builds if the bare one exists)
 *   node scripts/trace-pages.mjs --rounds 3 --pages home,lesson --detail
 *   node scripts/trace-pages.mjs --site out-new --before out-old   both builds' pages in the same rounds
 *
 * --detail also prints, per page, the heaviest scripts (by attributable URL)
 * and the longest single style and layout passes, which is what says where
 * to cut.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { MainThreadTasks } from 'lighthouse/core/lib/tracehouse/main-thread-tasks.js';
import { TraceProcessor } from 'lighthouse/core/lib/tracehouse/trace-processor.js';
import { buildBareNext, firstLoadJs, nextBuild } from './bare-next.mjs';
import { median, rotate, serve, waitFor } from './bench-kit.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const ROOT = process.cwd();
const ROUNDS = Number(option('rounds', '2'));
const SITE_DIR = option('site', '.bench/site');
// Another export (an earlier build) measured in the same rounds, its pages labelled "(before)".
const BEFORE_DIR = option('before', null);
const DETAIL = args.includes('--detail');
const CPU_SLOWDOWN = Number(option('cpu', '4'));
// After load, how long the page must go without a long task before the trace stops.
const QUIET_MS = 2000;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** [label, URL path, exported HTML file]. */
const ALL_PAGES = [
  ['home', '/', 'index.html'],
  ['lesson', '/lessons/what-are-sticky-sessions', 'lessons/what-are-sticky-sessions.html'],
  ['lesson+lab', '/lessons/pitfalls', 'lessons/pitfalls.html'],
  ['exercise', '/exercises/cookie-affinity', 'exercises/cookie-affinity.html'],
];
const wanted = option('pages', 'home,lesson,exercise').split(',');
const PAGES = ALL_PAGES.filter(([label]) => wanted.includes(label));

// Lighthouse's trace categories, less screenshots.
const CATEGORIES = [
  '-*',
  'disabled-by-default-lighthouse',
  'loading',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'disabled-by-default-devtools.timeline.stack',
  'latencyInfo',
];




/** Resolves once no long task has started for QUIET_MS (checked in the page, after load). */
async function waitForQuiet(page) {
  await page.waitForLoadState('load');
  await page.evaluate(
    (quietMs) =>
      new Promise((resolve) => {
        let last = performance.now();
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) last = Math.max(last, entry.startTime + entry.duration);
        }).observe({ type: 'longtask', buffered: true });
        const check = () => (performance.now() - last >= quietMs ? resolve(undefined) : setTimeout(check, 200));
        setTimeout(check, quietMs);
      }),
    QUIET_MS,
  );
}

/** One traced visit in a fresh context: no cache, no storage carried over. */
async function traceRun(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(url);
    await waitForQuiet(page);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    return analyse(Array.isArray(trace) ? { traceEvents: trace } : trace);
  } finally {
    await context.close();
  }
}

const SCRIPT_GROUPS = new Set(['scriptEvaluation', 'scriptParseCompile']);

function analyse(trace) {
  const processed = TraceProcessor.processTrace(trace);
  const navigation = TraceProcessor.processNavigation(processed);
  const tasks = MainThreadTasks.getMainThreadTasks(processed.mainThreadEvents, processed.frames, processed.timestamps.traceEnd, processed.timestamps.timeOrigin);
  const fcp = navigation.timings.firstContentfulPaint;
  const groups = {};
  for (const task of tasks) groups[task.group.id] = (groups[task.group.id] ?? 0) + task.selfTime;
  const main = Object.values(groups).reduce((a, b) => a + b, 0);
  const script = (groups.scriptEvaluation ?? 0) + (groups.scriptParseCompile ?? 0);
  const style = groups.styleLayout ?? 0;
  let tbt = 0;
  for (const task of tasks) {
    if (task.parent || task.endTime < fcp) continue;
    const start = Math.max(task.startTime, fcp);
    tbt += Math.max(0, task.endTime - start - 50);
  }
  let cls = 0;
  for (const event of processed.frameTreeEvents) {
    if (event.name === 'LayoutShift' && !event.args?.data?.had_recent_input) cls += event.args?.data?.weighted_score_delta ?? 0;
  }
  const result = {
    tbt,
    main,
    script,
    style,
    other: main - script - style,
    cls,
    fcp,
    lcp: navigation.timings.largestContentfulPaint ?? NaN,
    groups,
  };
  if (DETAIL) result.detail = detail(tasks);
  return result;
}

/** The heaviest scripts and the longest style/layout passes of one run. */
function detail(tasks) {
  const byUrl = new Map();
  const byName = new Map();
  const passes = [];
  for (const task of tasks) {
    byName.set(task.event.name, (byName.get(task.event.name) ?? 0) + task.selfTime);
    if (SCRIPT_GROUPS.has(task.group.id)) {
      // The script file on the stack, else the document (its inline scripts: the RSC payload).
      const url = task.attributableURLs.find((u) => u.endsWith('.js')) ?? task.attributableURLs[0] ?? '(no url)';
      byUrl.set(url, (byUrl.get(url) ?? 0) + task.selfTime);
    }
    if (task.group.id === 'styleLayout' && task.selfTime > 20) {
      const data = task.event.args?.beginData ?? task.event.args?.data ?? {};
      passes.push({ name: task.event.name, at: task.startTime, ms: task.selfTime, elements: data.elementCount ?? data.dirtyObjects ?? '' });
    }
  }
  const scripts = [...byUrl].sort((a, b) => b[1] - a[1]).slice(0, 8);
  const events = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 10);
  return { scripts, events, passes: passes.sort((a, b) => b.ms - a.ms).slice(0, 8) };
}

const pad = (value, width) => String(value).padStart(width);
const ratio = (value, base) => (Number.isFinite(value) && base > 0 ? `${(value / base).toFixed(2)}x` : '-');
const ms = (value) => (Number.isFinite(value) ? `${Math.round(value)}` : '-');

function print(runs, bytes) {
  const bare = runs.get('bare Next.js');
  const base = Object.fromEntries(['tbt', 'main', 'script', 'style'].map((key) => [key, median(bare.map((r) => r[key]))]));
  base.bytes = bytes.get('bare Next.js');
  console.log(`\nChromium trace, CPU slowed ${CPU_SLOWDOWN}x, ${ROUNDS} interleaved rounds: medians in ms (CLS: the worst round); ratios against the bare Next.js page`);
  const head = ['page'.padEnd(18), pad('TBT', 6), pad('TBT×', 6), pad('main', 6), pad('main×', 6), pad('script', 6), pad('scr×', 6), pad('style', 6), pad('sty×', 6), pad('other', 6), pad('CLS', 6), pad('FCP', 6), pad('LCP', 6), pad('JS KiB', 7), pad('JS×', 6)];
  console.log(head.join(' '));
  for (const [label, list] of runs) {
    const m = (key) => median(list.map((r) => r[key]));
    const js = bytes.get(label);
    console.log(
      [
        label.padEnd(18),
        pad(ms(m('tbt')), 6),
        pad(ratio(m('tbt'), base.tbt), 6),
        pad(ms(m('main')), 6),
        pad(ratio(m('main'), base.main), 6),
        pad(ms(m('script')), 6),
        pad(ratio(m('script'), base.script), 6),
        pad(ms(m('style')), 6),
        pad(ratio(m('style'), base.style), 6),
        pad(ms(m('other')), 6),
        pad(Math.max(...list.map((r) => r.cls)).toFixed(3), 6),
        pad(ms(m('fcp')), 6),
        pad(ms(m('lcp')), 6),
        pad((js / 1024).toFixed(1), 7),
        pad(ratio(js, base.bytes), 6),
      ].join(' '),
    );
  }
  console.log(`\nEach round, main-thread ms by task group (${[...runs.keys()].join(' | ')})`);
  for (const [label, list] of runs) {
    console.log(`${label.padEnd(18)} ${list.map((r) => Object.entries(r.groups).map(([g, v]) => `${g}=${Math.round(v)}`).join(' ')).join('\n' + ' '.repeat(19))}`);
  }
  if (!DETAIL) return;
  for (const [label, list] of runs) {
    const { scripts, events, passes } = list[0].detail;
    console.log(`\n${label}, first round: self time by trace event`);
    for (const [name, time] of events) console.log(`  ${pad(Math.round(time), 6)} ms  ${name}`);
    console.log(`${label}, first round: script time by URL`);
    for (const [url, time] of scripts) console.log(`  ${pad(Math.round(time), 6)} ms  ${url.replace(/^https?:\/\/[^/]+/, '')}`);
    console.log(`${label}, first round: longest style/layout passes`);
    for (const pass of passes) console.log(`  ${pad(Math.round(pass.ms), 6)} ms  ${pass.name} at ${Math.round(pass.at)} ms ${pass.elements ? `(${pass.elements} elements)` : ''}`);
  }
}

const bareSite = path.join(ROOT, '.bench', 'bare-next', 'out');
const reuse = args.includes('--no-build') || args.includes('--site');
if (!reuse || !existsSync(bareSite)) buildBareNext(ROOT);
if (!reuse || !existsSync(SITE_DIR)) nextBuild(ROOT, { NEXT_DIST_DIR: SITE_DIR });

const bytes = new Map([['bare Next.js', firstLoadJs(bareSite, 'index.html').bytes]]);
for (const [label, , file] of PAGES) bytes.set(label, firstLoadJs(path.join(ROOT, SITE_DIR), file).bytes);
if (BEFORE_DIR) for (const [label, , file] of PAGES) bytes.set(`${label} (before)`, firstLoadJs(path.join(ROOT, BEFORE_DIR), file).bytes);

const bareServer = serve(bareSite, Number(option('port', '3421')));
const siteServer = serve(SITE_DIR, Number(option('port', '3421')) + 1);
const beforeServer = BEFORE_DIR ? serve(BEFORE_DIR, Number(option('port', '3421')) + 2) : null;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS });
try {
  await Promise.all([bareServer, siteServer, beforeServer].filter(Boolean).map((server) => waitFor(`${server.base}/`)));
  const targets = [{ label: 'bare Next.js', url: `${bareServer.base}/` }, ...PAGES.map(([label, urlPath]) => ({ label, url: siteServer.base + urlPath }))];
  if (beforeServer) targets.push(...PAGES.map(([label, urlPath]) => ({ label: `${label} (before)`, url: beforeServer.base + urlPath })));
  const runs = new Map(targets.map((t) => [t.label, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const target of rotate(targets, round)) {
      process.stderr.write(`trace round ${round + 1}/${ROUNDS}: ${target.label}\n`);
      runs.get(target.label).push(await traceRun(browser, target.url));
    }
  }
  print(runs, bytes);
} finally {
  await browser.close();
  bareServer.child.kill();
  siteServer.child.kill();
  beforeServer?.child.kill();
}
