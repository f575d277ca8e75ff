#!/usr/bin/env node
/**
 * First Load JS of our pages against a bare Next.js page built in the same
 * run, with the same Next version and settings: the ratio is what matters,
 * not the absolute bytes, which move with every Next release.
 *
 *   npm run measure                 builds both, then measures
 *   npm run measure -- --no-build   reuses out/ (the baseline is always rebuilt)
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { buildBareNext, firstLoadJs, nextBuild } from './bare-next.mjs';

const root = process.cwd();
const outDir = process.env.MEASURE_OUT_DIR ?? 'out';
const pages = [
  ['home', 'index.html'],
  ['lesson', 'lessons/what-are-sticky-sessions.html'],
  ['lessons index', 'lessons.html'],
];

const skipBuild = process.argv.includes('--no-build');
if (!skipBuild) nextBuild(root, outDir === 'out' ? {} : { NEXT_DIST_DIR: outDir });
const baseline = buildBareNext(root);
try {
  const floor = firstLoadJs(baseline.site, 'index.html');
  const kib = (b) => (b / 1024).toFixed(1).padStart(7);
  console.log(`First Load JS, gzipped (bare Next.js page built in the same run = 100%)`);
  console.log(`${'page'.padEnd(16)} ${'KiB'.padStart(7)} ${'scripts'.padStart(8)} ${'vs bare'.padStart(8)}`);
  console.log(`${'bare Next.js'.padEnd(16)} ${kib(floor.bytes)} ${String(floor.scripts).padStart(8)} ${'100%'.padStart(8)}`);
  for (const [name, file] of pages) {
    const page = firstLoadJs(path.join(root, outDir), file);
    const ratio = `${((page.bytes / floor.bytes) * 100).toFixed(0)}%`;
    console.log(`${name.padEnd(16)} ${kib(page.bytes)} ${String(page.scripts).padStart(8)} ${ratio.padStart(8)}`);
  }
} finally {
  rmSync(baseline.dir, { recursive: true, force: true });
}
