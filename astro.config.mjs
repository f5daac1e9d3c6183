// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import { siteUrlForCommand } from './src/embed/site-root.ts';
import { islandPreloads } from './build/island-preloads.ts';
import { offlineServiceWorker } from './build/service-worker.ts';

// Static output only: the whole product runs in the visitor's browser.
// SITE_URL (e.g. https://hire-order.example) is where the build will be served: oEmbed, link
// previews and canonical links need absolute URLs. The build stops without it (src/embed/site-root.ts,
// docs/decisions/0007); npm start, npm test, the bench and the screenshots set a local one.
/** Sets `site` from SITE_URL, which `astro build` requires (the command is known only here). */
function siteAddress() {
  return {
    name: 'hire-order:site-address',
    hooks: {
      /** @param {{ command: string, updateConfig: (config: { site: string }) => unknown }} options */
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ site: siteUrlForCommand(command, process.env).href });
      },
    },
  };
}

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  // offlineServiceWorker last: it hashes the pages as the integrations before it leave them.
  integrations: [preact(), siteAddress(), islandPreloads(), offlineServiceWorker()],
  // Every stylesheet inside its page: on a slow network a linked one is a round trip before the
  // first paint, and it holds back the islands' inline scripts until it arrives (README, "Slow networks").
  build: { inlineStylesheets: 'always' },
  vite: {
    // The result's wording reaches the browser in a fetched file (/result/words.json), not in
    // its script (the /result/ JS budget): client builds get src/content/result-wording.client.ts
    // instead of result-wording.ts, whose WORDING is filled by provideWording before the first render.
    plugins: [{
      name: 'result-wording-as-props',
      enforce: 'pre',
      async resolveId(source, importer, options) {
        if (!/result-wording\.ts$/.test(source)) return null;
        const ssr = options?.ssr ?? this.environment?.config?.consumer === 'server';
        if (ssr) return null;
        const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
        return resolved && resolved.id.endsWith('/src/content/result-wording.ts') ? resolved.id.replace(/result-wording\.ts$/, 'result-wording.client.ts') : null;
      },
    }],
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // Preact, its hooks and JSX runtime, and Vite's helper for import() in one chunk (every
              // island page loads the four): fewer requests before an island can run, and a browser
              // opens only six at a time to a host without HTTP/2 (README, "Slow networks").
              codeSplitting: { groups: [{ name: 'preact', test: /node_modules[\\/]preact[\\/]|vite[\\/]preload-helper/ }] },
            },
          },
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  // A CSP <meta> in every page: Astro hashes each script and style it emits, nothing else runs
  // (no 'unsafe-inline'). frame-ancestors cannot live in a meta: it is a header, set by
  // public/_headers and deploy/nginx.conf (tests/e2e/headers.test.ts serves the build with the latter).
  security: {
    csp: { directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"] },
  },
  // No code blocks anywhere; Shiki's inline styles would need 'unsafe-inline'.
  markdown: { syntaxHighlight: false },
});
