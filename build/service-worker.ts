/**
 * Offline after the first visit: a service worker (`sw.js` at the base path, scoped to it),
 * written by Workbox's generateSW once the build is done, its runtime inlined (no script from
 * another host, no second file). It precaches the quiz and the result pages and every script
 * and stylesheet the build wrote to `_astro/` (globs over the output, so the hiring plan's and
 * any later lazily loaded chunk are included without a list to keep), /result/words.json
 * (the labels, sentences and words a result is written with), /roles/intake-data.json (what the result's
 * job-description starters are written from), and answers
 * `/?…` and `/result/?…` from that cache whatever their query.
 *
 * Nothing else is cached: role pages, /how-it-works/, /share/, /og/, /embed/ and the builder
 * go to the network as before (the footer says so, content/site.json `offline`). /embed/ in
 * particular lives in other people's pages, where a stale copy would be nobody's to refresh.
 *
 * Updates: the host serves `sw.js` with `Cache-Control: no-cache` (deploy/headers.ts), so a
 * visit online finds a new build; the new worker installs, takes over at once and drops the old
 * cache, and the next visit runs the new build.
 *
 * Must be the last integration: it hashes the pages as the earlier ones left them.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { SERVICE_WORKER_FILE } from '../src/links.ts';

/** What is precached, as globs over the output folder (relative URLs under the base path). */
export const PRECACHE_GLOBS = ['index.html', 'result/index.html', 'result/words.json', 'roles/intake-data.json', '_astro/**/*.{js,css}', 'favicon.svg'];

export function offlineServiceWorker(): AstroIntegration {
  return {
    name: 'hire-order:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          swDest: join(root, SERVICE_WORKER_FILE),
          globDirectory: root,
          globPatterns: PRECACHE_GLOBS,
          // Astro's file names carry their content hash: no revision needed.
          dontCacheBustURLsMatching: /^_astro\//,
          // `/?stage=…` is `/`, `/result/?…` is `/result/`: the pages read their query themselves.
          ignoreURLParametersMatching: [/.*/],
          directoryIndex: 'index.html',
          cacheId: 'hire-order',
          cleanupOutdatedCaches: true,
          skipWaiting: true,
          clientsClaim: true,
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`${SERVICE_WORKER_FILE}: ${count} files precached (${(size / 1024).toFixed(0)} KB before compression)`);
      },
    },
  };
}
