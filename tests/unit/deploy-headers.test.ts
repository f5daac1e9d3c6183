/**
 * The two shipped header configs say the same thing: public/_headers (Netlify, Cloudflare Pages)
 * and deploy/nginx.conf send the same CSP, frame rules, CORS and caching on every page and asset,
 * and only /embed/ may be framed by other sites. (tests/e2e/headers.test.ts runs the real nginx.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHeadersFile, readNginxConf, type Headers } from '../helpers/deploy-headers.ts';

const headersFile = readHeadersFile(readFileSync('public/_headers', 'utf8'));
const nginx = readNginxConf(readFileSync('deploy/nginx.conf', 'utf8'));

/** A request path per page in src/pages (`[role].astro` -> `/roles/x/`, `404.astro` -> `/404.html`). */
function pageRoutes(pages = 'src/pages'): string[] {
  return readdirSync(pages, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.astro') && !file.split(sep).some((part) => part.startsWith('_')))
    .map((file) => {
      const route = relative(pages, join(pages, file)).split(sep).join('/').replace(/\.astro$/, '').replace(/\[[^\]]+\]/g, 'x');
      if (route === '404') return '/404.html';
      return `/${route.replace(/(^|\/)index$/, '')}/`.replace(/^\/\/$/, '/');
    })
    .sort();
}

/** The contract's routes that may not be built yet: the configs must cover them already. */
const CONTRACT_ROUTES = ['/share/', '/embed-builder/'];
const PAGES = [...new Set([...pageRoutes(), ...CONTRACT_ROUTES, '/embed/?stage=pilot'])];
const ASSETS = ['/_astro/client.0a1b2c3d.js', '/_astro/BaseLayout.0a1b2c3d.css', '/embed.js', '/oembed/quiz.json', '/favicon.svg'];
const FRAME_HEADERS = ['content-security-policy', 'x-frame-options'];

/** What nginx sends for a request path: `$uri` is the path, index.html added for a folder. */
function fromNginx(path: string): Headers {
  const uri = new URL(path, 'http://x').pathname;
  return nginx.headersFor(uri.endsWith('/') ? `${uri}index.html` : uri);
}
/** What Netlify or Cloudflare send: rules match the path without its query. */
function fromHeadersFile(path: string): Headers {
  return headersFile.headersFor(new URL(path, 'http://x').pathname);
}
function without(headers: Headers, names: string[]): Headers {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !names.includes(name)));
}

describe('public/_headers and deploy/nginx.conf', () => {
  it('knows every page', () => {
    expect(PAGES).toEqual(expect.arrayContaining(['/', '/result/', '/embed/', '/how-it-works/', '/roles/x/', '/404.html']));
  });

  it.each(PAGES)('send the same headers on %s', (path) => {
    expect(fromNginx(path)).toEqual(fromHeadersFile(path));
  });

  // Frame rules matter for documents only; nginx sends them on everything, _headers per page.
  it.each(ASSETS)('send the same headers on %s, frame rules aside', (path) => {
    expect(without(fromNginx(path), FRAME_HEADERS)).toEqual(without(fromHeadersFile(path), FRAME_HEADERS));
  });

  it.each(PAGES)('let only this site frame %s, unless it is /embed/', (path) => {
    for (const headers of [fromNginx(path), fromHeadersFile(path)]) {
      const framedByAnyone = path.startsWith('/embed/');
      expect(headers['content-security-policy']).toBe(framedByAnyone ? undefined : "frame-ancestors 'self'");
      expect(headers['x-frame-options']).toBe(framedByAnyone ? undefined : 'SAMEORIGIN');
      expect(headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' });
    }
  });

  it('let any origin read the module scripts (a sandboxed embed fetches them with CORS), the loader and oEmbed', () => {
    for (const path of ['/_astro/client.0a1b2c3d.js', '/embed.js', '/oembed/quiz.json']) {
      expect(fromNginx(path)['access-control-allow-origin']).toBe('*');
    }
    expect(fromNginx('/')['access-control-allow-origin']).toBeUndefined();
  });

  it('never set one header from two _headers rules on one path (hosts disagree on merging)', () => {
    expect([...PAGES, ...ASSETS].flatMap((path) => headersFile.overlapsFor(new URL(path, 'http://x').pathname).map((name) => `${path}: ${name}`))).toEqual([]);
  });

  it('keep nginx add_header lines at the server level (one in a location drops all the others there)', () => {
    expect(nginx.nestedAddHeaders).toEqual([]);
  });
});
