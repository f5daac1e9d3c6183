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
});
