#!/usr/bin/env node
/**
 * What does "Your code" cost the page? Serves a static build, opens the
 * traffic lab in Debian's Chromium twice on the same scenario and speed:
 * once with the built-in cookie affinity (the simulation on the main
 * thread), once with the cookie-affinity reference solution as "Your code"
 * (the simulation in the lab worker, the page only drawing). For each it
 * plays for a few seconds and prints main-thread time per frame (Chromium's
 * TaskDuration counter), dropped frames (as scripts/measure-lab.mjs counts
 * them) and, for "Your code", the worker's time per batch: the round trip
 * the page waits for, and the worker's own compute.
 *
 *   node scripts/measure-lab-yours.mjs [--out out] [--port 3119] [--speed 5] [--seconds 5] [--rounds 3]
 */
import { existsSync, readFileSync } from 'node:fs';
import { arg, launchChromium, median, recordFrameDeltas, serve, summariseFrames, waitFor } from './bench-kit.mjs';

const outDir = arg('out', process.env.E2E_OUT_DIR ?? 'out');
const port = Number(arg('port', process.env.E2E_PORT ?? 3119));
const speed = arg('speed', '5');
const seconds = Number(arg('seconds', 5));
const rounds = Number(arg('rounds', 3));
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const EDITOR_KIND_KEY = 'sticky-course:editor-kind';
const reference = readFileSync('content/exercises/cookie-affinity/solution.ts', 'utf8');

if (!existsSync(outDir)) {
  console.error(`No build in ${outDir}/: build first (NEXT_DIST_DIR=${outDir} npx next build).`);
  process.exit(1);
}

const { child: server, base } = serve(outDir, port);

/** Plays the lab already open in `page` and measures it. */
async function measurePlaying(page) {
  const lab = page.getByRole('region', { name: 'Traffic lab' });
  await lab.getByLabel('Speed').selectOption(speed);
  await lab.scrollIntoViewIfNeeded();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const counters = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  await page.evaluate(() => performance.clearMeasures('lab-worker-batch'));
  await lab.getByRole('button', { name: 'Play' }).click();
  const before = await counters();
  const deltas = await recordFrameDeltas(page, seconds * 1000);
  const after = await counters();
  await lab.getByRole('button', { name: 'Pause' }).click();
  const batches = await page.evaluate(() =>
    performance.getEntriesByName('lab-worker-batch').map((e) => ({ roundTrip: e.duration, work: e.detail?.workMs ?? 0 })),
  );
  const frames = summariseFrames(deltas);
  const clock = await lab.getByTestId('lab-clock').textContent();
  return { ...frames, taskMsPerFrame: ((after.TaskDuration - before.TaskDuration) * 1000) / frames.frames, batches, clock };
}

async function openBuiltIn(browser) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${base}/lab?preset=server-failure&strategy=cookie`);
  await page.getByRole('button', { name: 'Play' }).waitFor();
  return page;
}

async function openYours(browser) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript((key) => window.localStorage.setItem(key, 'textarea'), EDITOR_KIND_KEY);
  await page.goto(`${base}/exercises/cookie-affinity`);
  await page.getByRole('textbox', { name: 'Your code' }).fill(reference);
  await page.getByRole('link', { name: 'Try it in the lab' }).click();
  await page.waitForURL(/\/lab\?/);
  await page.locator('[data-testid="lab"][data-settled="true"]').waitFor({ timeout: 20_000 });
  return page;
}

let browser;
try {
  await waitFor(`${base}/`);
  browser = await launchChromium(chromiumPath);
  const results = { builtIn: [], yours: [] };
  // Interleaved rounds: a busy moment of the machine falls on both sides alike.
  for (let round = 0; round < rounds; round++) {
    for (const [name, open] of [['builtIn', openBuiltIn], ['yours', openYours]]) {
      const page = await open(browser);
      results[name].push(await measurePlaying(page));
      await page.close();
    }
  }
  const line = (label, rs) => {
    const task = median(rs.map((r) => r.taskMsPerFrame));
    const dropped = rs.map((r) => r.dropped).join(', ');
    const frames = rs.map((r) => r.frames).join(', ');
    console.log(`  ${label}: main thread ${task.toFixed(2)} ms per frame (median of ${rs.length}); frames ${frames}; dropped ${dropped}; clock after ${rs.map((r) => r.clock).join(', ')}`);
    return task;
  };
  console.log(`/lab?preset=server-failure at ${speed} s per second, ${seconds} s of play, ${rounds} interleaved rounds`);
  const builtIn = line('built-in cookie affinity        ', results.builtIn);
  const yours = line('"Your code" (the reference)     ', results.yours);
  const batches = results.yours.flatMap((r) => r.batches);
  const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))] ?? 0;
  const trips = batches.map((b) => b.roundTrip);
  const work = batches.map((b) => b.work);
  console.log(`  worker batches: ${batches.length}; round trip median ${pct(trips, 50).toFixed(2)} ms, p95 ${pct(trips, 95).toFixed(2)} ms, max ${pct(trips, 100).toFixed(2)} ms; worker compute median ${pct(work, 50).toFixed(2)} ms, p95 ${pct(work, 95).toFixed(2)} ms`);
  console.log(`  ratio, main thread per frame, yours / built-in: ${(yours / builtIn).toFixed(2)}x (target at most 1.2x)`);
} finally {
  await browser?.close();
  server.kill();
}
