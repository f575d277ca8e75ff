#!/usr/bin/env node
/**
 * Is the traffic lab smooth? Serves a static build, opens the lab in Debian's
 * Chromium, presses Play, and records requestAnimationFrame deltas for five
 * seconds. A frame is counted as dropped when its delta exceeds 1.5 frame
 * intervals (the interval is the median delta, so a 60 Hz or 120 Hz clock
 * both work); a delta of k intervals counts k - 1 dropped frames.
 *
 *   node scripts/measure-lab.mjs [--out out] [--port 3118] [--path /lab?preset=server-failure] [--speed 5] [--seconds 5]
 */
import { existsSync } from 'node:fs';
import { arg, launchChromium, recordFrameDeltas, serve, summariseFrames, waitFor } from './bench-kit.mjs';

const outDir = arg('out', process.env.E2E_OUT_DIR ?? 'out');
const port = Number(arg('port', process.env.E2E_PORT ?? 3118));
const pagePath = arg('path', '/lab?preset=server-failure');
const speed = arg('speed', '5');
const seconds = Number(arg('seconds', 5));
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(outDir)) {
  console.error(`No build in ${outDir}/: build first (NEXT_DIST_DIR=${outDir} npx next build).`);
  process.exit(1);
}

const { child: server, base } = serve(outDir, port);

let browser;
try {
  await waitFor(`${base}/`);
  browser = await launchChromium(chromiumPath);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${base}${pagePath}`);
  const lab = page.getByRole('region', { name: 'Traffic lab' });
  await lab.getByRole('button', { name: 'Play' }).waitFor();
  await lab.getByLabel('Speed').selectOption(speed);
  await lab.scrollIntoViewIfNeeded();

  // Main-thread time from Chromium's own counters: what each frame costs us,
  // whatever else the machine is doing (wall-clock frame deltas also count
  // time the process waited for a core).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const counters = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const c0 = await counters();
  const idle = summariseFrames(await recordFrameDeltas(page, seconds * 1000));
  const c1 = await counters();
  await lab.getByRole('button', { name: 'Play' }).click();
  const before = await counters();
  const playing = summariseFrames(await recordFrameDeltas(page, seconds * 1000));
  const after = await counters();
  const perFrame = (name) => ((after[name] - before[name]) * 1000) / playing.frames;
  const idlePerFrame = ((c1.TaskDuration - c0.TaskDuration) * 1000) / idle.frames;
  const clock = await lab.getByTestId('lab-clock').textContent();
  const fmt = (s) =>
    `${s.frames} frames, interval ${s.interval.toFixed(1)} ms, dropped ${s.dropped} (${s.long} long frames), p95 ${s.p95.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms, max ${s.max.toFixed(1)} ms`;
  console.log(`${pagePath} at ${speed} s per second, ${seconds} s each`);
  console.log(`  paused (baseline): ${fmt(idle)}; main thread ${idlePerFrame.toFixed(2)} ms per frame`);
  console.log(`  playing:           ${fmt(playing)}`);
  console.log(
    `  main thread per frame while playing: tasks ${perFrame('TaskDuration').toFixed(2)} ms, script ${perFrame('ScriptDuration').toFixed(2)} ms, style+layout ${(perFrame('RecalcStyleDuration') + perFrame('LayoutDuration')).toFixed(2)} ms`,
  );
  console.log(`  simulated clock after the run: ${clock}`);
} finally {
  await browser?.close();
  server.kill();
}
