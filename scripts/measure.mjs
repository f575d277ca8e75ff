#!/usr/bin/env node
/**
 * First Load JS of our pages against a bare Next.js page built in the same
 * run, with the same Next version and settings: the ratio is what matters,
 * not the absolute bytes, which move with every Next release.
 *
 *   npm run measure                 builds both, then measures
 *   npm run measure -- --no-build   reuses out/ (the baseline is always rebuilt)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const root = process.cwd();
const outDir = process.env.MEASURE_OUT_DIR ?? 'out';
const pages = [
  ['home', 'index.html'],
  ['lesson', 'lessons/what-are-sticky-sessions.html'],
  ['lessons index', 'lessons.html'],
];

function build(cwd, env = {}) {
  const result = spawnSync('npx', ['next', 'build'], { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`next build failed in ${cwd}`);
}

/** Gzipped bytes of every script the HTML loads before any interaction. */
export function firstLoadJs(siteDir, htmlFile) {
  const html = readFileSync(path.join(siteDir, htmlFile), 'utf8');
  const sources = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  let bytes = 0;
  for (const src of new Set(sources)) {
    bytes += gzipSync(readFileSync(path.join(siteDir, decodeURIComponent(src.split('?')[0])))).length;
  }
  return { bytes, scripts: new Set(sources).size };
}

function buildBaseline() {
  // Inside the repo (git-ignored) so that it resolves our node_modules: Turbopack
  // does not follow a symlinked node_modules out of its root.
  const dir = path.join(root, '.bench', 'bare-next');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'app'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bare', private: true, type: 'module' }));
  writeFileSync(path.join(dir, 'next.config.mjs'), "export default { output: 'export', images: { unoptimized: true } };\n");
  writeFileSync(
    path.join(dir, 'app', 'layout.tsx'),
    "export default function Layout({ children }: { children: React.ReactNode }) { return <html lang=\"en\"><body>{children}</body></html>; }\n",
  );
  writeFileSync(path.join(dir, 'app', 'page.tsx'), 'export default function Page() { return <p>Hello</p>; }\n');
  writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { jsx: 'react-jsx', strict: true, module: 'esnext', moduleResolution: 'bundler', skipLibCheck: true } }));
  build(dir);
  return { dir, site: path.join(dir, 'out') };
}

const skipBuild = process.argv.includes('--no-build');
if (!skipBuild) build(root, outDir === 'out' ? {} : { NEXT_DIST_DIR: outDir });
const baseline = buildBaseline();
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
