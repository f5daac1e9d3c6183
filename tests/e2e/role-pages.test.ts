/**
 * The role pages as a recruiter uses them: every page has its job-description starter with the
 * role's sources in it; the copy button copies it, or says how to copy by hand when the browser
 * refuses. Sample-based: the starter's content is checked exhaustively in the unit tests.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_IDS, type RoleId } from '../../src/engine/ids.ts';
import { jobDescriptionContentSchema } from '../../src/content/schemas/job-description.ts';
import { roleSchema } from '../../src/content/schemas/role.ts';
import { sourceSchema } from '../../src/content/schemas/source.ts';
import { escapeMarkdown } from '../../src/result/escape-markdown.ts';
import { launchChromium, siteUrl, watchPage } from '../helpers/browser.ts';
import { loadList, loadObject } from '../helpers/content-files.ts';

const { page: wording } = jobDescriptionContentSchema.parse(await loadObject('content/job-description.yaml'));
const titles = new Map((await loadList('content/sources.yaml')).map((entry) => sourceSchema.parse(entry)).map((source) => [source.id, source.title]));
const roleOf = async (id: RoleId) => roleSchema.parse(await loadObject(`content/roles/${id}.yaml`));

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

/** The starter's copy button on the page, and the text of the element it targets. */
async function starterOf(page: Page, role: RoleId) {
  const starter = page.locator(`[data-jd="${role}"]`);
  const button = starter.locator('button[data-copy-target]');
  const targetId = await button.getAttribute('data-copy-target');
  const target = page.locator(`[id="${targetId}"]`);
  return { starter, button, target, markdown: await target.inputValue() };
}

describe('every role page', () => {
  it.each(ROLE_IDS)('%s shows its job-description starter, naming its sources, with a copy button', async (id) => {
    const role = await roleOf(id);
    const page = await browser.newPage();
    const problems = watchPage(page);
    await page.goto(siteUrl(`/roles/${id}/`));
    const { starter, button, target, markdown } = await starterOf(page, id);
    expect(await starter.count()).toBe(1);
    expect(await starter.locator(target).count(), 'the copy target is inside the starter').toBe(1);
    await button.waitFor({ state: 'visible' });
    expect(markdown.startsWith(`# ${escapeMarkdown(role.title)}\n`), markdown.slice(0, 80)).toBe(true);
    for (const source of role.sources) expect(markdown, source).toContain(titles.get(source)!);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], foreignRequests: [], dialogs: [] });
    await page.close();
  });
});

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
