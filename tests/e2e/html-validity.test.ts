/**
 * Valid HTML on every page (html-validate's "standard" rules: the HTML spec's content
 * models, attributes and nesting) plus the W3C validator's rule that a <style> in <body> is its
 * parent's first child (tests/helpers/html-rules.ts), both as built and as the islands leave the DOM.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { HtmlValidate } from 'html-validate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUESTION_IDS } from '../../src/engine/answers.ts';
import { toQuery } from '../../src/engine/url.ts';
import { connectBrowser, siteUrl } from '../helpers/browser.ts';
import { answersWith } from '../helpers/domain.ts';
import { hireOrderHtmlRules } from '../helpers/html-rules.ts';

// The W3C validator allows a <style> in <body> as the first child of a flow-content parent
// (validator/validator#2143); html-validate knows only the older text (head only, yet never
// checks <main>). Teach it the W3C rule: <style> is flow content, first child only.
const validator = new HtmlValidate({
  extends: ['html-validate:standard'],
  elements: ['html5', { style: { flow: true } }],
  plugins: [hireOrderHtmlRules],
  rules: { 'hire-order/style-first-child': 'error' },
});
const site = resolve(process.env.SITE_DIR ?? 'dist');

/** The validator's complaints about a document, one line each ("" when valid). */
async function complaints(html: string, name: string): Promise<string> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((result) => result.messages.map((m) => `${m.ruleId}: ${m.message} at ${m.selector ?? '?'}`)).join('\n');
}

function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* htmlFiles(path);
    else if (path.endsWith('.html')) yield path;
  }
}

describe('every built page is valid HTML', () => {
  it.each([...htmlFiles(site)].map((file) => relative(site, file)))('%s', async (file) => {
    expect(await complaints(readFileSync(join(site, file), 'utf8'), file)).toBe('');
  });
});

describe('the DOM the islands render is valid HTML', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await connectBrowser(); });
  afterAll(async () => { await browser?.close(); });

  const complete = answersWith({ stage: 'production', size: 'growth', regulated: 'yes', have: ['software', 'ai', 'data-science'], urgency: 'weeks' });
  const everyQuestion = answersWith({ predictive_roi: 'yes', data_sufficiency: 'no', production_soon: 'yes' });
  const cases: [string, string, string][] = [
    ...QUESTION_IDS.map((question): [string, string, string] => [`quiz step ${question}`, `/?${toQuery(everyQuestion)}#q=${question}`, `[data-question="${question}"]`]),
    ['a result with a notice', `/result/?${toQuery(complete)}&colour=blue`, '[data-hire-order]'],
    ['a result with missing answers', '/result/?stage=pilot', '[data-notice]'],
    ['an embedded result', `/embed/?${toQuery(complete)}`, '[data-plan]'],
    ['an embed with an accent and a transparent background', `/embed/?accent=%23e91e63&bg=transparent&theme=dark`, '[data-question="stage"]'],
    ['the embed builder', '/embed-builder/', '[data-embed-builder] [data-snippet="html:0"]'],
  ];
  it.each(cases)('%s', async (_, path, ready) => {
    const page = await browser.newPage();
    await page.goto(siteUrl(path));
    await page.locator(ready).first().waitFor();
    const html = `<!doctype html>\n${await page.evaluate(() => document.documentElement.outerHTML)}`;
    await page.close();
    expect(await complaints(html, path)).toBe('');
  });
});
