#!/usr/bin/env node
/**
 * Runs the browser tests: checks for Debian's Chromium, builds the static site
 * (unless E2E_SKIP_BUILD=1), then runs Playwright against it. Extra arguments
 * go to `playwright test` (a spec file, --grep ...).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

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

if (process.env.E2E_SKIP_BUILD !== '1') {
  // Every static-export build uses .next as its work folder, whatever the
  // output folder, and Next refuses a second build while one runs: queue
  // behind a lock instead of failing when several people build at once.
  run('flock', ['/tmp/next-build.lock', 'npx', 'next', 'build'], outDir === 'out' ? {} : { NEXT_DIST_DIR: outDir });
}
run('npx', ['playwright', 'test', ...process.argv.slice(2)]);
