/**
 * The role pages' copy button as a recruiter uses it: it copies the job-description starter,
 * or says how to copy by hand when the browser refuses. That every role page has its starter,
 * naming the role's sources, is checked on the one load of each page under the real headers
 * (headers.test.ts); the starter's content exhaustively in the unit tests.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobDescriptionContentSchema } from '../../src/content/schemas/job-description.ts';
import { connectBrowser, siteUrl } from '../helpers/browser.ts';
import { loadObject } from '../helpers/content-files.ts';
import { starterOf } from '../helpers/role-starter.ts';

const { page: wording } = jobDescriptionContentSchema.parse(await loadObject('content/job-description.yaml'));

let browser: Browser;
beforeAll(async () => { browser = await connectBrowser(); });
afterAll(async () => { await browser?.close(); });

describe('the copy button', () => {
  it.each(['ai-engineer', 'ml-engineer'] as const)('copies the %s starter, says so, and the page shows the shared pay band', async (id) => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(siteUrl(`/roles/${id}/`));
    const { button, markdown } = await starterOf(page, id);
    await button.click();
    await expect.poll(() => page.locator(`[data-jd="${id}"] [role="status"]`).textContent(), { timeout: 10_000 }).toBe(wording.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);
    expect(markdown).toContain('$120K-$250K+');
    expect(await page.locator('#pay').locator('..').textContent()).toContain('AI Engineer / Machine Learning Engineer');
    expect(await page.locator('#vetting').count()).toBe(1);
    await context.close();
  });

  it('selects the text and says to copy it by hand when the browser refuses', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    });
    const page = await context.newPage();
    await page.goto(siteUrl('/roles/data-engineer/'));
    const { button, target, markdown } = await starterOf(page, 'data-engineer');
    await button.click();
    await expect.poll(() => page.locator('[data-jd="data-engineer"] [role="status"]').textContent(), { timeout: 10_000 }).toBe(wording.refused);
    const selection = await target.evaluate((box: HTMLTextAreaElement) => [box.selectionStart, box.selectionEnd, document.activeElement === box]);
    expect(selection).toEqual([0, markdown.length, true]);
    await context.close();
  });
});
