#!/usr/bin/env node
/**
 * Runs after `next build` over the exported site:
 *  1. the search index (Pagefind) from the pages, plus custom records for
 *     quiz questions and explanations the pages do not show;
 *  2. the service worker (Serwist): bundled with esbuild, then given the
 *     precache list of every exported file by @serwist/build.
 * Both land in the export folder, so the site stays plain static files.
 *
 *   node scripts/postbuild.mjs [--out DIR]   (default: NEXT_DIST_DIR or out)
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { injectManifest } from '@serwist/build';
import { build as esbuild } from 'esbuild';
import * as pagefind from 'pagefind';
import { basePath } from './site-config.mjs';
import { quizSearchRecords } from './search-records.mjs';

const argOut = process.argv.indexOf('--out');
const outDir = path.resolve(argOut > 0 ? process.argv[argOut + 1] : process.env.NEXT_DIST_DIR || 'out');
statSync(path.join(outDir, 'index.html')); // fail loudly when there is no export to work on

async function buildSearchIndex() {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  // Pages opt in with data-pagefind-body (lessons, exercises, review, lab).
  const pages = await index.addDirectory({ path: outDir });
  if (pages.errors.length) throw new Error(`pagefind: ${pages.errors.join('; ')}`);
  const records = quizSearchRecords();
  for (const record of records) {
    const added = await index.addCustomRecord(record);
    if (added.errors.length) throw new Error(`pagefind record ${record.url}: ${added.errors.join('; ')}`);
  }
  // Fragment names are content hashes: clear the folder so a rerun leaves no stale files behind.
  rmSync(path.join(outDir, 'pagefind'), { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return { pages: pages.page_count, records: records.length };
}

async function buildServiceWorker() {
  const temp = mkdtempSync(path.join(tmpdir(), 'sw-'));
  try {
    const swSrc = path.join(temp, 'sw.js');
    await esbuild({
      entryPoints: ['components/offline/service-worker.ts'],
      bundle: true,
      format: 'iife',
      minify: true,
      target: 'es2022',
      outfile: swSrc,
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'warning',
    });
    const result = await injectManifest({
      swSrc,
      swDest: path.join(outDir, 'sw.js'),
      globDirectory: outDir,
      globPatterns: ['**/*.{html,txt,js,css,json,svg,png,ico,woff2,wasm,pf_meta,pf_index,pf_fragment,pagefind}'],
      // Social cards and crawler files are for other sites, not for learners offline.
      globIgnores: [
        'sw.js',
        'sitemap.xml',
        'robots.txt',
        '**/opengraph-image*',
        '**/*.map',
        // Pagefind's ready-made UIs: the course has its own dialog (components/search).
        'pagefind/pagefind-*ui*',
        'pagefind/pagefind-highlight.js',
        'pagefind/playground/**',
      ],
      // Monaco's TypeScript worker is several MB and is needed offline.
      maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
      // Hashed Next chunks never change under one name: no revision needed.
      dontCacheBustURLsMatching: /^_next\/static\//,
      modifyURLPrefix: basePath ? { '': `${basePath}/` } : { '': '/' },
    });
    for (const warning of result.warnings) console.warn(`serwist: ${warning}`);
    return { files: result.count, bytes: result.size };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

const started = performance.now();
const search = await buildSearchIndex();
const afterSearch = performance.now();
const sw = await buildServiceWorker();
const done = performance.now();
console.log(
  `postbuild: search index of ${search.pages} pages + ${search.records} quiz records in ${((afterSearch - started) / 1000).toFixed(1)} s; ` +
    `service worker precaches ${sw.files} files, ${(sw.bytes / 1024 / 1024).toFixed(1)} MiB, in ${((done - afterSearch) / 1000).toFixed(1)} s` +
    (basePath ? ` (base path ${basePath})` : ''),
);
