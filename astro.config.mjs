// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';

// Static output only: the whole product runs in the visitor's browser.
export default defineConfig({
  output: 'static',
  site: process.env.SITE_URL || undefined,
  trailingSlash: 'always',
  integrations: [preact()],
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
});
