/**
 * Pieces the benchmark scripts share (measure-pages, trace-pages,
 * measure-lab, measure-lab-yours): command-line options, serving a static
 * build, and counting frames, so that every script measures the same way.
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

/** `--name value` from the command line, or the fallback. */
export function arg(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : fallback;
}

/** The median of the finite values (the mean of the middle two for an even count). */
export const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The list started at `by`, so interleaved rounds vary which page goes first. */
export const rotate = (list, by) => list.map((_, i) => list[(i + by) % list.length]);

/** Serves a static build the way a static host does (serve maps /x to x.html). */
export function serve(dir, port, cwd = process.cwd()) {
  const child = spawn(process.execPath, ['node_modules/serve/build/main.js', dir, '-l', `tcp://127.0.0.1:${port}`, '--no-port-switching', '--no-clipboard'], {
    cwd,
    stdio: 'ignore',
  });
  return { child, base: `http://127.0.0.1:${port}` };
}

/** Resolves once `url` answers 200 (the server has started), or throws after 20 s. */
export async function waitFor(url) {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nothing answered at ${url}`);
}

/** requestAnimationFrame deltas in the page for `ms` milliseconds. */
export function recordFrameDeltas(page, ms) {
  return page.evaluate(
    (ms) =>
      new Promise((resolve) => {
        const deltas = [];
        let last = 0;
        const end = performance.now() + ms;
        const tick = (now) => {
          if (last) deltas.push(now - last);
          last = now;
          if (now < end) requestAnimationFrame(tick);
          else resolve(deltas);
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
}

/**
 * Frame deltas summarised. A frame is counted as dropped when its delta
 * exceeds 1.5 frame intervals (the interval is the median delta, so a 60 Hz
 * or 120 Hz clock both work); a delta of k intervals counts k - 1 dropped
 * frames.
 */
export function summariseFrames(deltas) {
  const sorted = [...deltas].sort((a, b) => a - b);
  const interval = sorted[Math.floor(sorted.length / 2)];
  let dropped = 0;
  let long = 0;
  for (const d of deltas) {
    if (d > interval * 1.5) {
      dropped += Math.round(d / interval) - 1;
      long++;
    }
  }
  const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
  return { frames: deltas.length, interval, dropped, long, p95: pct(95), p99: pct(99), max: sorted.at(-1) };
}

/** Debian's Chromium, headless, without the background traffic that would disturb a measurement. */
export function launchChromium(executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') {
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
