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

/** Text of an HTML fragment: tags dropped, the entities this page writes decoded, spaces collapsed. */
const textOf = (fragment: string) => fragment.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\s+/g, ' ');
/** The top-level `<li>` items of a list's inner HTML (nested lists stay inside their item). */
function topLevelItems(list: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (const tag of list.matchAll(/<(\/?)li\b[^>]*>/g)) {
    if (tag[1] === '') { if (depth === 0) start = tag.index! + tag[0].length; depth += 1; }
    else { depth -= 1; if (depth === 0) items.push(list.slice(start, tag.index)); }
  }
  return items;
}
/** The entries of one source's "Studies it cites" list, as text. */
const studyEntries = (id: string) => {
  const section = sectionOf(id);
  const start = section.indexOf('<ul class="study-list">');
  if (start < 0) return [];
  return topLevelItems(section.slice(start + '<ul class="study-list">'.length)).map((item) => textOf(item).trim());
};

describe('the studies on /how-it-works/ (domain.md, version 3: "a study is named with the title its article gives it")', () => {
  it.each(sources.map((source) => [source.id] as const))('%s lists exactly the studies it cites, each under its own title, with only the figures it reports', (id) => {
    const cited = studies.filter((study) => study.citedBy.includes(id as Study['citedBy'][number]));
    const entries = studyEntries(id);
    expect(entries, id).toHaveLength(cited.length);
    for (const study of cited) {
      const entry = entries.find((text) => text.startsWith(`${study.name} ,`) && text.includes(`(${study.year})`) && (study.title === undefined || text.includes(study.title)));
      expect(entry, `${id}: ${study.id}`).toBeDefined();
      // No other study's title in this entry (ops-guide's 2025 Gartner figure is not stages' 2026 Gartner report).
      for (const other of studies) if (other.id !== study.id && other.title && other.title !== study.title) expect(entry, `${id}: ${study.id}`).not.toContain(other.title);
      for (const figure of study.figures) {
        const shown = entry!.includes(`${figure.value} : ${figure.meaning}`);
        expect(shown, `${id}: ${study.id} ${figure.value}`).toBe(figure.source === undefined || figure.source === id);
      }
    }
  });

  it("puts ops-guide's Gartner figure (more than half of enterprise AI projects never reach production) under ops-guide, apart from stages' Gartner report", () => {
    const opsGuide = studyEntries('ops-guide').filter((text) => text.startsWith('Gartner'));
    expect(opsGuide).toHaveLength(1);
    expect(opsGuide[0]).toContain('>55%');
    expect(opsGuide[0]).not.toContain('Predicts 50%');
    const stages = studyEntries('stages').filter((text) => text.startsWith('Gartner'));
    expect(stages.every((text) => !text.includes('>55%'))).toBe(true);
  });
});

describe('/how-it-works/ describes model version 3', () => {
  const rules = () => [...html.matchAll(/<li id="rule-([a-z-]+)" value="(\d+)">\s*<h3>([^<]*)<\/h3>\s*<p>([^<]*)<\/p>/g)].map((m) => ({ id: m[1]!, number: Number(m[2]), title: m[3]!, summary: textOf(m[4]!) }));

  it('lists domain.md\'s rules 1 to 20 in order, and says so in its lead', () => {
    expect(rules().map((rule) => rule.number)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    expect(textOf(html)).toContain('A set of 20 rules');
  });

  it('says every seat is full-time or part-time, and that each reason names its rule beside its article', () => {
    const intro = textOf(/<section aria-labelledby="rules">([\s\S]*?)<ol/.exec(html)![1]!);
    expect(intro).toMatch(/full-time/);
    expect(intro).toMatch(/part-time/);
    expect(intro).toMatch(/names the rule/);
    expect(intro).toMatch(/article/);
  });

  it('describes rule 18 (a startup stays lean: five full-time specialists at most, MLOps, data and security part-time) and rule 11 as stages\' table reads', () => {
    const byNumber = new Map(rules().map((rule) => [rule.number, rule.summary]));
    expect(byNumber.get(18)).toMatch(/five/);
    expect(byNumber.get(18)).toMatch(/part-time/);
    expect(byNumber.get(18)).toMatch(/MLOps, governed data and security/);
    // stages: build the durable core, hire the one or two anchor leaders, augment for what must move now.
    expect(byNumber.get(11)).toMatch(/[Bb]uild for the durable core/);
    expect(byNumber.get(11)).toMatch(/hire the anchor leaders/);
    expect(byNumber.get(11)).toMatch(/augment/);
  });
});

