import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

/**
 * Global setup of the e2e project: serves the built site for the browser tests, from `dist/`
 * or from `SITE_DIR` (so parallel work can build elsewhere: `astro build --outDir …`).
 */
export default async function setup(project: TestProject) {
  const dist = resolve(process.env.SITE_DIR ?? 'dist');
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` first (`npm test` does it for you).');
  }
  const { url, server } = await serveStatic(dist);
  project.provide('siteUrl', url);
  return () => new Promise<void>((done) => server.close(() => done()));
}
