/**
 * The sources section of the built /how-it-works/ page: each article links out to the
 * address content/sources.yaml gives for it, with its publisher and year, and lists the
 * addresses the article itself gives. External links are plain `<a href>` with
 * rel="noopener", and the page loads nothing from another site.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sourceSchema, type Source } from '../../src/content/schemas/source.ts';
import { studySchema, type Study } from '../../src/content/schemas/study.ts';
import { loadList } from '../helpers/content-files.ts';

const PAGE = resolve(process.env.SITE_DIR ?? 'dist', 'how-it-works/index.html');
const sources: Source[] = (await loadList('content/sources.yaml')).map((entry) => sourceSchema.parse(entry));
const studies: Study[] = (await loadList('content/studies.yaml')).map((entry) => studySchema.parse(entry));

let html = '';
beforeAll(() => {
  if (!existsSync(PAGE)) throw new Error(`${PAGE} is missing: run \`npm run build\` first (\`npm test\` does it for you).`);
  html = readFileSync(PAGE, 'utf8');
});

/** One source's section of the page (its `<section id="source-…">`, up to the next one). */
function sectionOf(id: string): string {
  const start = html.indexOf(`<section id="source-${id}"`);
  if (start < 0) return '';
  const next = html.indexOf('<section id="source-', start + 1);
  return html.slice(start, next < 0 ? html.indexOf('id="privacy"', start) : next);
}

/** Every `<a …>` start tag whose href leaves the site. */
const externalLinks = () => [...html.matchAll(/<a\b[^>]*\bhref="(https?:)?\/\/[^"]*"[^>]*>/g)].map((match) => match[0]);
/** An attribute's value in a start tag. */
const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

describe('the sources on /how-it-works/', () => {
  it.each(sources.map((source) => [source.id, source] as const))('%s links its title out and gives its publisher and year where known', (id, source) => {
    const section = sectionOf(id);
    expect(section, `no section for ${id}`).not.toBe('');
    if (source.url) expect(section).toContain(`<a href="${source.url}" rel="noopener" data-source-link>`);
    const text = section.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    if (source.publisher) expect(text).toContain(source.publisher);
    if (source.year) expect(text).toContain(String(source.year));
    for (const reference of source.references) expect(section, reference.url).toContain(`href="${reference.url}"`);
  });

  it('links every article out: the five have an address', () => {
    expect(sources.filter((source) => !source.url).map((source) => source.id)).toEqual([]);
  });

  it('names each cited study with its year, linking it only where an article gives its address', () => {
    for (const study of studies) {
      expect(html, study.id).toContain(`${study.year})`);
      if (study.url) expect(html, study.id).toContain(`href="${study.url}"`);
    }
  });

  it('opens external links with rel="noopener", every one https', () => {
    const links = externalLinks();
    expect(links.length).toBeGreaterThanOrEqual(sources.length);
    for (const tag of links) {
      expect(attribute(tag, 'href'), tag).toMatch(/^https:\/\//);
      expect(attribute(tag, 'rel')?.split(/\s+/), tag).toContain('noopener');
    }
  });

  it('loads nothing from another site (no external src, srcset, stylesheet or preload)', () => {
    expect(html.match(/\b(src|srcset|poster|data)="(https?:)?\/\/[^"]*"/g) ?? []).toEqual([]);
    const linkTags = [...html.matchAll(/<link\b[^>]*>/g)].map((match) => match[0]);
    expect(linkTags.filter((tag) => /href="(https?:)?\/\//.test(tag) && !/rel="canonical"/.test(tag) && !/rel="alternate"/.test(tag))).toEqual([]);
  });
});
