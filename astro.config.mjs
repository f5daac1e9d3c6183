// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';

// Static output only: the whole product runs in the visitor's browser.
// SITE_URL (e.g. https://hire-order.example) is where the build will be served: oEmbed needs
// absolute URLs. Unset, they point at the local preview, http://127.0.0.1:4321 (src/embed/site-root.ts).
export default defineConfig({
  site: process.env.SITE_URL || undefined,
  output: 'static',
  trailingSlash: 'always',
  integrations: [preact()],
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
  // The result's wording reaches the browser as the island's props, not in its script (the
  // /result/ JS budget): client builds get src/content/result-wording.client.ts instead of
  // result-wording.ts, whose WORDING is filled by provideWording before the first render.
  vite: {
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
  },
});
