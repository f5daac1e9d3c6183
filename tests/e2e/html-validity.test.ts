/**
 * Valid HTML on every page (html-validate's "standard" rules: the HTML spec's content models,
 * attributes and nesting) plus the W3C validator's rule that a <style> in <body> is its
 * parent's first child (tests/helpers/html-rules.ts), as built; the DOM the islands render is
 * validated on accessibility.test.ts's one load of each page in each state, and here for an
 * embed state none of those has (an accent on a transparent background, dark).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, siteUrl } from '../helpers/browser.ts';
import { htmlComplaints, renderedHtml } from '../helpers/html-rules.ts';

const site = resolve(process.env.SITE_DIR ?? 'dist');

function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* htmlFiles(path);
    else if (path.endsWith('.html')) yield path;
  }
}

describe('every built page is valid HTML', () => {
  it.each([...htmlFiles(site)].map((file) => relative(site, file)))('%s', async (file) => {
    expect(await htmlComplaints(readFileSync(join(site, file), 'utf8'), file)).toBe('');
  });
});

describe('the DOM the islands render is valid HTML', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await connectBrowser(); });
  afterAll(async () => { await browser?.close(); });

  it('an embed with an accent and a transparent background', async () => {
    const path = '/embed/?accent=%23e91e63&bg=transparent&theme=dark';
    const page = await browser.newPage();
    await page.goto(siteUrl(path));
    await page.locator('[data-question="stage"]').first().waitFor();
    const html = await renderedHtml(page);
    await page.close();
    expect(await htmlComplaints(html, path)).toBe('');
  });
});
