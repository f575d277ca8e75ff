/**
 * The baseline our pages are compared with: a one-page Next.js app built with
 * the same Next version and the same static-export settings, in the same run.
 * Ratios against it survive Next upgrades and machine speed; absolute figures
 * do not. Shared by scripts/measure.mjs (bytes) and scripts/measure-pages.mjs
 * (Lighthouse, editor-ready).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * `next build` in `cwd`, queued behind the machine-wide build lock: Next
 * refuses a second build in the same work folder, and on a small shared
 * machine two builds at once starve everything else.
 */
export function nextBuild(cwd, env = {}) {
  const result = spawnSync('flock', ['/tmp/next-build.lock', 'npx', 'next', 'build'], {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) throw new Error(`next build failed in ${cwd}`);
}

/** Gzipped bytes of every script the HTML loads before any interaction. */
export function firstLoadJs(siteDir, htmlFile) {
  const html = readFileSync(path.join(siteDir, htmlFile), 'utf8');
  const sources = new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]));
  let bytes = 0;
  for (const src of sources) {
    bytes += gzipSync(readFileSync(path.join(siteDir, decodeURIComponent(src.split('?')[0])))).length;
  }
  return { bytes, scripts: sources.size };
}

/**
 * Writes and builds the bare app under <root>/.bench/bare-next (git-ignored).
 * It sits inside the repo so that it resolves our node_modules: Turbopack
 * does not follow a symlinked node_modules out of its root. Returns the app
 * folder and its exported site.
 */
export function buildBareNext(root) {
  const dir = path.join(root, '.bench', 'bare-next');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'app'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bare', private: true, type: 'module' }));
  writeFileSync(path.join(dir, 'next.config.mjs'), "export default { output: 'export', images: { unoptimized: true } };\n");
  writeFileSync(
    path.join(dir, 'app', 'layout.tsx'),
    'export default function Layout({ children }: { children: React.ReactNode }) { return <html lang="en"><body>{children}</body></html>; }\n',
  );
  // A title and a paragraph, so Lighthouse has a contentful paint to time.
  writeFileSync(
    path.join(dir, 'app', 'page.tsx'),
    "export const metadata = { title: 'Bare' };\nexport default function Page() { return <main><h1>Hello</h1><p>A bare Next.js page.</p></main>; }\n",
  );
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { jsx: 'react-jsx', strict: true, module: 'esnext', moduleResolution: 'bundler', skipLibCheck: true } }),
  );
  nextBuild(dir);
  return { dir, site: path.join(dir, 'out') };
}
