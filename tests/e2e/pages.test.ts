/**
 * Smoke test of every page the build emits: each `index.html` under dist/ (found at run time,
 * so new pages are covered without touching this file) loads cleanly in Chromium.
 */
import { readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser } from '../helpers/browser.ts';
import { openPage } from '../helpers/result-page.ts';

/** Site paths of the built pages: `dist/roles/ai-engineer/index.html` -> `/roles/ai-engineer/`. */
function builtPages(dist: string): string[] {
  const entries = readdirSync(dist, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => {
      const folder = relative(dist, entry.parentPath);
      return folder === '' ? '/' : `/${folder.split(sep).join('/')}/`;
    })
    .sort();
}

const PAGES = builtPages(resolve('dist'));

let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await connectBrowser();
});
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});
afterAll(async () => {
  await browser?.close();
});

describe('every built page', () => {
  it('includes the questionnaire and the result page', () => {
    expect(PAGES).toEqual(expect.arrayContaining(['/', '/result/']));
  });

  it.each(PAGES)('%s loads with one heading, a title, English as its language and nothing broken', async (path) => {
    const { context, page, problems, status } = await openPage(browser, path, 'networkidle');
    contexts.push(context);
    expect(status, `status of ${path}`).toBe(200);
    // Islands render after hydration: wait until Astro has hydrated every one of them.
    await page.waitForFunction(() => document.querySelector('astro-island[ssr]') === null);

    await expect.poll(() => page.locator('h1').count(), { message: `<h1> elements on ${path}`, timeout: 5000 }).toBe(1);
    expect(await page.locator('head > title').count()).toBe(1);
    expect((await page.title()).trim()).not.toBe('');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], foreignRequests: [], dialogs: [] });
  });
});
