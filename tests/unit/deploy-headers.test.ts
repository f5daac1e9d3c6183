/**
 * The response headers are one table (deploy/headers.ts), which `npm run headers` writes into
 * public/_headers (Netlify, Cloudflare Pages) and deploy/nginx.conf: the committed files are the
 * table's; every page has its frame rule and only /embed/ may be framed by other sites; scripts,
 * the loader and oEmbed are readable from any origin. (tests/e2e/headers.test.ts runs a real
 * nginx with the written file.)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEADERS, PAGES, headersFile, headersOn, nginxConf, patternMatches, patternsOf } from '../../deploy/headers.ts';

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

/** The contract's routes that may not be built yet: the table must cover them already. */
const CONTRACT_ROUTES = ['/share/', '/embed-builder/'];
const ROUTES = [...new Set([...pageRoutes(), ...CONTRACT_ROUTES])];
const ASSETS = ['/_astro/client.0a1b2c3d.js', '/_astro/BaseLayout.0a1b2c3d.css', '/embed.js', '/oembed/quiz.json', '/favicon.svg'];

describe('the committed header files', () => {
  it('public/_headers is as deploy/headers.ts writes it (run `npm run headers` after changing the table)', () => {
    expect(readFileSync('public/_headers', 'utf8')).toBe(headersFile());
  });

  it('deploy/nginx.conf is as deploy/headers.ts writes it (run `npm run headers`)', () => {
    expect(readFileSync('deploy/nginx.conf', 'utf8')).toBe(nginxConf());
  });
});

describe('the header table', () => {
  it('knows every page, by a pattern of its own', () => {
    expect(ROUTES).toEqual(expect.arrayContaining(['/', '/result/', '/embed/', '/how-it-works/', '/roles/x/', '/404.html']));
    for (const route of ROUTES) expect(PAGES.filter((page) => patternMatches(page, route)), route).toHaveLength(1);
  });

  it.each(ROUTES)('lets only this site frame %s, unless it is /embed/', (route) => {
    const headers = headersOn(route);
    const framedByAnyone = route.startsWith('/embed/');
    expect(headers['content-security-policy']).toBe(framedByAnyone ? undefined : "frame-ancestors 'self'");
    expect(headers['x-frame-options']).toBe(framedByAnyone ? undefined : 'SAMEORIGIN');
  });

  it.each([...ROUTES, ...ASSETS])('sends nosniff and no referrer on %s', (path) => {
    expect(headersOn(path)).toMatchObject({ 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' });
  });

  it('lets any origin read the module scripts (a sandboxed embed fetches them with CORS), the loader and oEmbed, and caches only hashed files', () => {
    for (const path of ['/_astro/client.0a1b2c3d.js', '/embed.js', '/oembed/quiz.json']) expect(headersOn(path)['access-control-allow-origin'], path).toBe('*');
    for (const path of ['/', '/result/', '/favicon.svg']) expect(headersOn(path), path).not.toHaveProperty('access-control-allow-origin');
    expect(headersOn('/_astro/client.0a1b2c3d.js')['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(headersOn('/')).not.toHaveProperty('cache-control');
  });

  it('never sets one header from two _headers rules on one path (hosts disagree on merging)', () => {
    const twice = [...ROUTES, ...ASSETS].flatMap((path) => {
      const names = HEADERS.flatMap((row) => patternsOf(row.on).filter((pattern) => patternMatches(pattern, path)).map(() => row.name));
      return names.filter((name, index) => names.indexOf(name) !== index).map((name) => `${path}: ${name}`);
    });
    expect(twice).toEqual([]);
  });

  it('keeps nginx add_header lines at the server level (one in a location drops all the others there)', () => {
    const lines = nginxConf().split('\n').filter((line) => /^\s*(# )?add_header /.test(line));
    expect(lines.length).toBe(HEADERS.length);
    expect(lines.filter((line) => !/^ {4}(# )?add_header /.test(line))).toEqual([]);
  });
});
