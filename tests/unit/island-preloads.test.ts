/**
 * build/island-preloads.ts: the modulepreload links written into a built page, from an island's
 * attributes and the client build's chunk graph (the waterfall it saves is measured by the
 * bench's slow phone, scripts/bench-slow.mjs).
 */
import { describe, expect, it } from 'vitest';
import { withPreloads } from '../../build/island-preloads.ts';

const GRAPH = new Map([
  ['_astro/Quiz.js', ['_astro/preact.js', '_astro/session.js']],
  ['_astro/session.js', ['_astro/preact.js', '_astro/words.js']],
  ['_astro/client.js', ['_astro/preact.js']],
  ['_astro/lazy.js', ['_astro/preact.js']], // only ever import()ed: not in any static import list
]);
const page = (base: string, extra = '') => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title>${extra}</head><body>`
  + `<astro-island component-url="${base}_astro/Quiz.js" renderer-url="${base}_astro/client.js" ssr></astro-island></body></html>`;
const preloads = (html: string) => [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((match) => match[1]);

describe('modulepreload links', () => {
  it('name every module the island runs with, each once, entries first, static imports only', () => {
    expect(preloads(withPreloads(page('/'), GRAPH, '/'))).toEqual(['/_astro/Quiz.js', '/_astro/client.js', '/_astro/preact.js', '/_astro/session.js', '/_astro/words.js']);
  });

  it('come first in the head, right after the charset, so they leave before the inline styles are parsed', () => {
    const html = withPreloads(page('/', '<style>p{}</style>'), GRAPH, '/');
    expect(html.indexOf('<link rel="modulepreload"')).toBe(html.indexOf('<meta charset="utf-8">') + '<meta charset="utf-8">'.length);
    expect(html.indexOf('modulepreload')).toBeLessThan(html.indexOf('<style>'));
  });

  it('keep the base path, and repeat none already there', () => {
    const html = withPreloads(page('/tools/', '<link rel="modulepreload" href="/tools/_astro/preact.js">'), GRAPH, '/tools/');
    expect(preloads(html)).toEqual(['/tools/_astro/Quiz.js', '/tools/_astro/client.js', '/tools/_astro/session.js', '/tools/_astro/words.js', '/tools/_astro/preact.js']);
  });

  it('leave a page without islands or module scripts as it is', () => {
    const html = '<!DOCTYPE html><html><head><meta charset="utf-8"><script src="/embed.js"></script></head><body></body></html>';
    expect(withPreloads(html, GRAPH, '/')).toBe(html);
  });
});
