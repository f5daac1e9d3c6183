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

/** The page's head: its <title>, its meta tags by property or name (the first of each) and its links by rel (every href). */
function headOf(page: string) {
  const html = readFileSync(resolve(DIST, `.${page}${page.endsWith('/') ? 'index.html' : ''}`), 'utf8');
  const head = html.slice(0, html.indexOf('</head>'));
  const meta = new Map<string, string>();
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/g)) {
    const key = /\s(?:property|name)="([^"]+)"/.exec(tag)?.[1];
    const content = /\scontent="([^"]*)"/.exec(tag)?.[1];
    if (key && content !== undefined && !meta.has(key)) meta.set(key, decode(content));
  }
  const links = new Map<string, string[]>();
  for (const [tag] of head.matchAll(/<link\b[^>]*>/g)) {
    const rel = /\srel="([^"]+)"/.exec(tag)?.[1];
    const href = /\shref="([^"]*)"/.exec(tag)?.[1];
    if (rel && href !== undefined) links.set(rel, [...(links.get(rel) ?? []), decode(href)]);
  }
  return { title: decode(/<title>([^<]*)<\/title>/.exec(head)?.[1] ?? ''), meta, links };
}

/** The address the build was made for: the oEmbed answer's provider_url (SITE_URL under the base). */
const builtFor = () => new URL((JSON.parse(readFileSync(resolve(DIST, 'oembed/quiz.json'), 'utf8')) as { provider_url: string }).provider_url);

/** Whether `value` is an absolute http(s) URL on the site the build was made for. */
const onBuiltSite = (value: string | undefined) => value !== undefined && URL.canParse(value) && new URL(value).origin === builtFor().origin;

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

  it.each(PAGES)('%s gives its image, og:url, canonical and oEmbed discovery as absolute URLs on the built-for site', (page) => {
    const { meta, links } = headOf(page);
    expect(meta.get('og:image'), 'og:image').toSatisfy(onBuiltSite);
    expect(meta.get('twitter:image'), 'twitter:image').toSatisfy(onBuiltSite);
    const canonical = links.get('canonical') ?? [];
    expect(canonical.length).toBeLessThanOrEqual(1);
    if (page === '/embed/') expect(canonical[0], "the embed's canonical page is the quiz").toBe(builtFor().href);
    else expect(canonical[0], 'canonical and og:url name the same address').toBe(meta.get('og:url'));
    if (meta.has('og:url')) expect(canonical[0]).toBe(new URL(page.slice(1), builtFor()).href);
    for (const href of links.get('alternate') ?? []) expect(href).toBe(new URL('oembed/quiz.json', builtFor()).href);
  });

  it('gives a canonical link to the pages whose address alone is the page', () => {
    const withCanonical = PAGES.filter((page) => headOf(page).links.has('canonical'));
    expect(withCanonical).toEqual(expect.arrayContaining(['/how-it-works/', '/roles/', '/roles/ai-engineer/']));
    for (const page of ['/', '/result/', '/404.html']) expect(withCanonical).not.toContain(page);
    expect(headOf('/').links.get('alternate')).toHaveLength(1);
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
