#!/usr/bin/env node
/**
 * Runs the browser tests: checks for Debian's Chromium, builds the static site
 * (unless E2E_SKIP_BUILD=1), then runs Playwright against it. Extra arguments
 * go to `playwright test` (a spec file, --grep ...). When the base-path spec
 * runs, a second build made with BASE_PATH=/course is served under /course.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const outDir = process.env.E2E_OUT_DIR ?? 'out';

if (!existsSync(chromium)) {
  const message = `Chromium not found at ${chromium}: browser tests need Debian's chromium (apt-get install -y chromium).`;
  if (process.env.CI === 'true') {
    console.error(`ERROR: ${message}`);
    process.exit(1);
  }
  console.warn(`\n*** SKIPPING BROWSER TESTS *** ${message}\n`);
  process.exit(0);
}

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const specArgs = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
// The base-path spec needs a second build, made for /course; only build it when that spec runs.
const wantsBasePath = specArgs.length === 0 || specArgs.some((arg) => arg.includes('base-path'));
// Laid out as a GitHub Pages project site is: the export inside a `course/` folder of the served root.
const subpathRoot = `${outDir}-subpath`;

/** `next build` then the post-build step (search index, service worker), as `npm run build` does. */
function buildSite(dir, env = {}) {
  // Every static-export build uses .next as its work folder, whatever the
  // output folder, and Next refuses a second build while one runs: queue
  // behind a lock instead of failing when several people build at once.
  const distEnv = dir === 'out' ? {} : { NEXT_DIST_DIR: dir };
  run('flock', ['/tmp/next-build.lock', 'npx', 'next', 'build'], { ...distEnv, ...env });
  run('node', ['scripts/postbuild.mjs', '--out', dir], env);
}

if (process.env.E2E_SKIP_BUILD !== '1') {
  buildSite(outDir);
  if (wantsBasePath) {
    const staging = `${outDir}-course`;
    buildSite(staging, { BASE_PATH: '/course' });
    rmSync(subpathRoot, { recursive: true, force: true });
    mkdirSync(subpathRoot, { recursive: true });
    renameSync(staging, path.join(subpathRoot, 'course'));
  }
}
run('npx', ['playwright', 'test', ...process.argv.slice(2)], wantsBasePath ? { E2E_SUBPATH_ROOT: subpathRoot } : {});
