/**
 * Link previews as a consumer sees them (Slack, LinkedIn, Ghost's bookmark card, Iframely):
 * every built page's Open Graph and Twitter tags, and the image each names, fetched from the
 * served build the way an unfurler resolves it against the page's address.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { decodePng, pngSize } from '../helpers/png.ts';

const DIST = resolve(process.env.SITE_DIR ?? 'dist');

/** Site path of each built HTML file: `roles/ai-engineer/index.html` -> `/roles/ai-engineer/`. */
const PAGES = readdirSync(DIST, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => `/${relative(DIST, resolve(entry.parentPath, entry.name)).split(sep).join('/')}`.replace(/index\.html$/, ''))
  .sort();

const decode = (text: string) =>
  text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The page's head: its <title> and its meta tags by property or name (the first of each). */
function headOf(page: string) {
  const html = readFileSync(resolve(DIST, `.${page}${page.endsWith('/') ? 'index.html' : ''}`), 'utf8');
  const head = html.slice(0, html.indexOf('</head>'));
  const meta = new Map<string, string>();
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/g)) {
    const key = /\s(?:property|name)="([^"]+)"/.exec(tag)?.[1];
    const content = /\scontent="([^"]*)"/.exec(tag)?.[1];
    if (key && content !== undefined && !meta.has(key)) meta.set(key, decode(content));
  }
  return { title: decode(/<title>([^<]*)<\/title>/.exec(head)?.[1] ?? ''), meta };
}

const REQUIRED = ['og:type', 'og:site_name', 'og:title', 'og:description', 'og:image', 'og:image:width', 'og:image:height', 'og:image:alt',
  'twitter:card', 'twitter:title', 'twitter:description', 'twitter:image', 'twitter:image:alt'];

/** Where an unfurler fetches a page's image: its og:image resolved against the page. */
function imageAddressOf(page: string): URL {
  const siteUrl = inject('siteUrl');
  const image = headOf(page).meta.get('og:image')!;
  const resolved = new URL(image, new URL(page, siteUrl));
  // A build with SITE_URL names its deployed host: fetch the same path from the local server.
  return new URL(resolved.pathname, siteUrl);
}

describe('link previews of every built page', () => {
  it('cover the pages bloggers and recruiters link to', () => {
    expect(PAGES).toEqual(expect.arrayContaining(['/', '/result/', '/embed/', '/how-it-works/', '/roles/', '/roles/ai-engineer/', '/404.html']));
  });

  it.each(PAGES)('%s has a large-image card made from its own title and description', (page) => {
    const { title, meta } = headOf(page);
    expect(REQUIRED.filter((key) => !meta.get(key))).toEqual([]);
    expect(meta.get('twitter:card')).toBe('summary_large_image');
    expect(meta.get('og:title')).toBe(title.replace(/ · Hire Order$/, ''));
    expect(meta.get('og:description')).toBe(meta.get('description'));
    expect(meta.get('twitter:image')).toBe(meta.get('og:image'));
    expect(meta.get('twitter:image:alt')).toBe(meta.get('og:image:alt'));
    expect(meta.get('og:image')).toMatch(/\/og\/[a-z-]+\.png$/);
  });

  it.each(PAGES)('%s names a built PNG of the size it states', async (page) => {
    const { meta } = headOf(page);
    const response = await fetch(imageAddressOf(page));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    const size = pngSize(new Uint8Array(await response.arrayBuffer()));
    expect(size).toEqual({ width: Number(meta.get('og:image:width')), height: Number(meta.get('og:image:height')) });
    expect(size).toEqual({ width: 1200, height: 630 });
  });

  it('gives og:url only where the address alone is the page, so shared answers survive', () => {
    const withUrl = PAGES.filter((page) => headOf(page).meta.has('og:url'));
    for (const page of ['/', '/result/', '/embed/', '/404.html']) expect(withUrl).not.toContain(page);
    for (const page of withUrl) expect(new URL(headOf(page).meta.get('og:url')!).pathname).toBe(page);
  });

  it("keeps the result page out of search engines while it still gets a card", () => {
    const { meta } = headOf('/result/');
    expect(meta.get('robots')).toBe('noindex');
    expect(meta.get('og:image')).toMatch(/\/og\/result\.png$/);
  });

  it("draws a role page's image apart from the quiz's", async () => {
    const [quiz, role] = await Promise.all(['/', '/roles/ml-engineer/'].map(async (page) =>
      decodePng(new Uint8Array(await (await fetch(imageAddressOf(page))).arrayBuffer()))));
    let differing = 0;
    for (let i = 0; i < quiz!.pixels.length; i += quiz!.channels) if (quiz!.pixels[i] !== role!.pixels[i]) differing++;
    expect(differing).toBeGreaterThan(10_000);
  });
});
