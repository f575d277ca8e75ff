import { basePath, siteUrl } from './scripts/site-config.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The whole course is static files: lessons are prerendered and learner code
  // runs in the learner's browser, so any static host or CDN can serve it.
  output: 'export',
  // BASE_PATH=/course builds for a sub-path (a GitHub Pages project site):
  // links, chunks and worker scripts all move under it. See scripts/site-config.mjs.
  basePath,
  assetPrefix: basePath || undefined,
  // Client code that builds URLs by hand (the search index, the service
  // worker) reads these; next/link already adds the base path itself.
  env: { NEXT_PUBLIC_BASE_PATH: basePath, NEXT_PUBLIC_SITE_URL: siteUrl },
  // Engineers building in parallel on one machine each use their own folder
  // (NEXT_DIST_DIR=out-me); with output 'export', a custom distDir is also
  // where the exported site lands. The default keeps `out/`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  images: { unoptimized: true },
  // Bench-only pages (app/bench/**/page.bench.tsx) exist only in builds made
  // by scripts/measure-pages.mjs (MEASURE_BENCH=1), so they never ship.
  pageExtensions: process.env.MEASURE_BENCH === '1' ? ['bench.tsx', 'tsx', 'ts', 'jsx', 'js'] : ['tsx', 'ts', 'jsx', 'js'],
  // mdx-bundler drives esbuild at build time; bundling them breaks esbuild's
  // binary lookup, so Node loads them as they are.
  serverExternalPackages: ['mdx-bundler', 'esbuild'],
  // Types are checked by `npm run typecheck` (tsc) in the test run, once,
  // rather than again inside every build.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
