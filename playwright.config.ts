import { defineConfig } from '@playwright/test';

/**
 * Browser tests drive the real static build in Debian's Chromium (never a
 * downloaded browser). scripts/e2e.mjs builds the site and runs this config;
 * E2E_OUT_DIR and E2E_PORT let several people test side by side.
 */
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_OUT_DIR ?? 'out';
const subpathRoot = process.env.E2E_SUBPATH_ROOT;
/** Where the sub-path build is served: its site is at http://127.0.0.1:SUBPATH_PORT/course/. */
export const SUBPATH_PORT = port + 1;
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'off',
  },
  webServer: [
    {
      // serve maps /lessons/x to lessons/x.html and answers 404.html for the rest, like a static host.
      command: `node node_modules/serve/build/main.js ${outDir} -l tcp://127.0.0.1:${port} --no-port-switching --no-clipboard`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    // The BASE_PATH=/course build, in a `course/` folder of the served root (scripts/e2e.mjs sets this up).
    ...(subpathRoot
      ? [
          {
            command: `node node_modules/serve/build/main.js ${subpathRoot} -l tcp://127.0.0.1:${SUBPATH_PORT} --no-port-switching --no-clipboard`,
            url: `http://127.0.0.1:${SUBPATH_PORT}/course/`,
            reuseExistingServer: false,
            timeout: 30_000,
          },
        ]
      : []),
  ],
});
