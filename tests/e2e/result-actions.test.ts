/** The result's actions as a recruiter uses them: copy the link, copy as Markdown, print. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recommend } from '../../src/engine/recommend.ts';
import { toQuery } from '../../src/engine/url.ts';
import { connectBrowser, siteUrl, watchPage } from '../helpers/browser.ts';
import { answersWith } from '../helpers/domain.ts';

let browser: Browser;
beforeAll(async () => { browser = await connectBrowser(); });
afterAll(async () => { await browser?.close(); });

/** The heaviest kind of result: every seat missing, at scale, regulated, custom ML, in a hurry. */
const HEAVY = answersWith({ stage: 'scale', size: 'enterprise', predictive_roi: 'yes', data_sufficiency: 'yes', regulated: 'yes', have: [], urgency: 'weeks' });
const COVERED = answersWith({ stage: 'production', size: 'growth', have: ['software', 'data', 'product', 'design', 'devops', 'data-science', 'ml', 'ai'], urgency: 'flexible' });

async function openWithClipboard(query: string) {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const problems = watchPage(page);
  await page.goto(siteUrl(`/result/?${query}`));
  await page.locator('[data-hire-order]').waitFor();
  return { context, page, problems };
}

/** The text of a PDF page by page, as poppler's pdftotext lays it out (Debian's poppler-utils). */
function pdfPages(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'print-'));
  try {
    writeFileSync(join(dir, 'result.pdf'), pdf);
    return execFileSync('pdftotext', ['-layout', join(dir, 'result.pdf'), '-'], { encoding: 'utf8' }).split('\f').filter((page) => page.trim() !== '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Where the printed `url` wraps (the character before each break), or null when it is not printed whole. */
function urlWraps(text: string, url: string): string[] | null {
  let at = text.indexOf(url.slice(0, 24));
  if (at < 0) return null;
  const wraps: string[] = [];
  for (let next = 0; next < url.length; ) {
    if (text[at] === url[next]) { at += 1; next += 1; continue; }
    if (!/\s/.test(text[at] ?? 'x')) return null;
    wraps.push(url[next - 1]!);
    while (/\s/.test(text[at] ?? 'x')) at += 1;
  }
  return wraps;
}

/** Counts the pages of a PDF by its page objects. */
const pdfPageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe('the result page actions', () => {
  it('copies the canonical share link and says so', async () => {
    const { context, page, problems } = await openWithClipboard(`utm_source=mail&${toQuery(HEAVY)}`);
    await page.click('[data-action="copy-link"]');
    await expect.poll(() => page.locator('.result-actions .action-status').textContent()).toBe('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(siteUrl(`/result/?${toQuery(HEAVY)}`));
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it('copies a Markdown summary with every seat in order and the link', async () => {
    const { context, page } = await openWithClipboard(toQuery(HEAVY));
    await page.click('[data-action="copy-markdown"]');
    await expect.poll(() => page.locator('.result-actions .action-status').textContent()).toBe('Markdown copied.');
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    const numbered = markdown.split('\n').filter((line) => /^\d+\. \*\*/.test(line));
    expect(numbered).toHaveLength(recommend(HEAVY).hireOrder.length);
    expect(markdown).toMatch(/^# Your AI hire order/);
    expect(markdown).toContain(siteUrl(`/result/?${toQuery(HEAVY)}`));
    await context.close();
  });

  // The heaviest on a phone, where the timeline starts closed and undrawn: printing opens and draws it.
  it.each([['the heaviest result', 390, HEAVY], ['a team with everyone in-house', 1280, COVERED]] as const)(
    'prints %s with its timeline on at most two A4 or Letter pages (%i px window)', async (_, width, answers) => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(siteUrl(`/result/?${toQuery(answers)}`));
      await page.locator('[data-hire-order]').waitFor();
      await page.emulateMedia({ media: 'print' });
      const rows = page.locator('[data-timeline] [data-role]');
      await expect.poll(() => rows.count()).toBe(recommend(answers).hireOrder.length);
      for (const row of await rows.all()) expect(await row.isVisible()).toBe(true);
      expect(await page.locator('[data-timeline] table').isVisible()).toBe(false);
      const headings = await page.locator('h1, h2, h3, h4').evaluateAll((all) => all.filter((heading) => heading.checkVisibility()).map((heading) => (heading as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
      const link = siteUrl(`/result/?${toQuery(answers)}`);
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = await page.pdf({ format });
        expect(pdfPageCount(pdf), format).toBeLessThanOrEqual(2);
        // No heading is left at the foot of a page without what it heads (issue 17).
        const pages = pdfPages(pdf);
        for (const printed of pages.slice(0, -1)) {
          const lastLine = printed.trimEnd().split('\n').at(-1)!.replace(/\s+/g, ' ').trim();
          expect(headings, `${format}: a page ends with a heading`).not.toContain(lastLine);
        }
        // The link wraps only where a <wbr> lets it, never inside an answer (issue 17).
        const wraps = urlWraps(pages.join('\n'), link);
        expect(wraps, `${format}: the link printed whole`).not.toBeNull();
        for (const wrap of wraps!) expect('?&,/', `${format}: the link wraps after ${wrap}`).toContain(wrap);
      }
      expect(await page.locator('.print-only').textContent()).toContain(link);
      await context.close();
    });
});
