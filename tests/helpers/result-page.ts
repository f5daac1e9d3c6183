/**
 * Browser helpers for the e2e tests: open a page in a fresh context while watching it, and
 * read back what a result page shows through its DOM hooks (contract.md "DOM hooks").
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { siteUrl, watchPage } from './browser.ts';

export type PageProblems = ReturnType<typeof watchPage>;

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
  status: number | null;
}

/**
 * Opens `path` (relative to the site) in a fresh browser context, watching console errors,
 * page errors, dialogs and foreign requests from the first byte. `networkidle` waits until
 * nothing has loaded for half a second, so late requests are seen too.
 */
export async function openPage(browser: Browser, path: string, waitUntil: 'load' | 'networkidle' = 'load'): Promise<OpenedPage> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watchPage(page);
  const response = await page.goto(siteUrl(path), { waitUntil });
  return { context, page, problems, status: response?.status() ?? null };
}

/** Opens a result page and waits until the island has rendered its heading (result or "missing"). */
export async function openResult(browser: Browser, query: string, waitUntil: 'load' | 'networkidle' = 'load'): Promise<OpenedPage> {
  const opened = await openPage(browser, `/result/?${query}`, waitUntil);
  if (opened.status !== 200) throw new Error(`/result/ answered ${String(opened.status)}, not 200 (is dist/ being rebuilt meanwhile?)`);
  await opened.page.locator('main h1').first().waitFor();
  return opened;
}

/** One hire-order item as the page shows it. */
export interface ShownItem {
  role: string;
  group: string;
  /** The item's text (visible or behind its disclosure), whitespace collapsed. */
  text: string;
  /** The source ids its source links point to (`/how-it-works/#source-<id>`), in order. */
  sources: string[];
  /** The absolute hrefs of its "because you answered …" links (those with `#q=`), in order. */
  questionLinks: string[];
}

/** What a result page shows, read through the DOM hooks only. */
export interface ShownResult {
  hasHireOrder: boolean;
  order: ShownItem[];
  covered: { role: string; text: string }[];
  warnings: { id: string; questionLinks: string[] }[];
  /** Every link on the page that reopens a question (`#q=`), absolute. */
  allQuestionLinks: string[];
  /** `[data-notice]` elements on the page, and the text of the first. */
  noticeCount: number;
  noticeText: string;
}

/** Reads the result page. Runs in the browser: keep it free of outside references. */
export function readResult(page: Page): Promise<ShownResult> {
  return page.evaluate(() => {
    const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
    const questionLinks = (root: Element) =>
      Array.from(root.querySelectorAll('a[href]'), (a) => (a as HTMLAnchorElement).href).filter((href) => new URL(href).hash.startsWith('#q='));
    const sources = (root: Element) =>
      Array.from(root.querySelectorAll('a[href]'), (a) => new URL((a as HTMLAnchorElement).href))
        .filter((url) => url.pathname.endsWith('/how-it-works/') && url.hash.startsWith('#source-'))
        .map((url) => url.hash.slice('#source-'.length));
    const notices = document.querySelectorAll('[data-notice]');
    return {
      hasHireOrder: document.querySelector('[data-hire-order]') !== null,
      order: Array.from(document.querySelectorAll('[data-hire-order] [data-role]'), (el) => ({
        role: el.getAttribute('data-role') ?? '',
        group: el.getAttribute('data-group') ?? '',
        // textContent, not innerText: reasons sit in a closed disclosure until opened, and
        // sections off-screen are not laid out (content-visibility), so have no innerText yet.
        text: collapse(el.textContent ?? ''),
        sources: sources(el),
        questionLinks: questionLinks(el),
      })),
      covered: Array.from(document.querySelectorAll('[data-covered] [data-role]'), (el) => ({
        role: el.getAttribute('data-role') ?? '',
        text: collapse(el.textContent ?? ''),
      })),
      warnings: Array.from(document.querySelectorAll('[data-warning]'), (el) => ({
        id: el.getAttribute('data-warning') ?? '',
        questionLinks: questionLinks(el),
      })),
      allQuestionLinks: questionLinks(document.body),
      noticeCount: notices.length,
      noticeText: notices[0] ? collapse(notices[0].textContent ?? '') : '',
    };
  });
}
