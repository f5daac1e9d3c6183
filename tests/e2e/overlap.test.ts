/**
 * No text drawn over text (issue 17): on every route of contract.md and the largest result
 * (with a long "Already in-house" answer too), with every disclosure open, at 320, 390 and
 * 1280 px, the line boxes of in-flow text never cross one another, nor run past the edge of a
 * result's lane or seat card (a chip's marks at 800-1280 px did). Fixed and sticky elements
 * (the quiz's bar) are left aside: they are meant to sit over the page. One load per route
 * per width, one page per width.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, siteUrl } from '../helpers/browser.ts';

/** The largest result (the bench's) and one whose "Already in-house" answer is long. */
const LARGEST = 'stage=pilot&size=enterprise&predictive_roi=yes&data_sufficiency=yes&integration_speed=yes&agentic=no&production_soon=no&regulated=yes&have=none&urgency=weeks';
const LONG_HAVE = 'stage=production&size=growth&predictive_roi=yes&data_sufficiency=yes&integration_speed=no&agentic=yes&regulated=yes&have=software,data,product,design,devops,data-science,ml&urgency=quarter';

const ROUTES = [
  '/',
  '/?stage=pilot&size=startup&from=Dana%20(Acme%20Talent)&note=A%20note%20long%20enough%20to%20wrap%20over%20two%20lines%20on%20a%20phone',
  `/result/?${LARGEST}&from=Dana&reply=dana%40acme.com`,
  `/result/?${LONG_HAVE}`,
  '/result/?stage=pilot',
  '/embed/',
  '/how-it-works/',
  '/roles/ai-engineer/',
  `/roles/mlops-engineer/?${LARGEST}`,
  '/share/',
  '/embed-builder/',
];
const WIDTHS = [320, 390, 1280];

let browser: Browser;
beforeAll(async () => { browser = await connectBrowser(); });
afterAll(async () => { await browser?.close(); });

/** Waits for every island, opens every disclosure, then lists each pair of crossing text lines (as their texts). */
async function crossingText(page: Page): Promise<string[]> {
  await openEverything(page);
  // A page still settling (the result's list arrives a task late, flip points when idle) is read again.
  let crossing = await measure(page);
  for (let retry = 0; retry < 3 && crossing.length > 0; retry += 1) {
    await page.waitForTimeout(300);
    await openEverything(page);
    crossing = await measure(page);
  }
  return crossing;
}

async function openEverything(page: Page) {
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]') && !document.querySelector('[aria-live="polite"].muted'));
  await page.evaluate(() => document.querySelectorAll('details').forEach((details) => { details.open = true; }));
  // Every part laid out as it is once scrolled to (the result skips off-screen parts: content-visibility).
  await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  await page.waitForTimeout(100); // the result's long list paints one task late
}

function measure(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Line = { text: string; left: number; top: number; right: number; bottom: number; node: Text };
    type Box = { left: number; top: number; right: number; bottom: number };
    const everything: Box = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
    const clips = new Map<Element, Box | null>();
    /** What of an element's content can show: the overflow of it and its ancestors cut away; null under a fixed, sticky, hidden or visually hidden element. */
    const clipOf = (element: Element | null): Box | null => {
      if (!element) return everything;
      if (clips.has(element)) return clips.get(element)!;
      const style = getComputedStyle(element);
      let clip: Box | null = null;
      const outer = clipOf(element.parentElement);
      if (outer && style.position !== 'fixed' && style.position !== 'sticky' && style.visibility !== 'hidden' && Number(style.opacity) !== 0 && style.clipPath === 'none') {
        clip = outer;
        if (style.overflow !== 'visible') {
          const own = element.getBoundingClientRect();
          clip = { left: Math.max(outer.left, own.left), top: Math.max(outer.top, own.top), right: Math.min(outer.right, own.right), bottom: Math.min(outer.bottom, own.bottom) };
        }
      }
      clips.set(element, clip);
      return clip;
    };
    const visible = (element: Element, rect: DOMRect): Box | null => {
      const clip = clipOf(element);
      if (!clip) return null;
      const box = { left: Math.max(rect.left, clip.left), top: Math.max(rect.top, clip.top), right: Math.min(rect.right, clip.right), bottom: Math.min(rect.bottom, clip.bottom) };
      return box.right - box.left > 1 && box.bottom - box.top > 1 ? box : null;
    };
    const lines: Line[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (!node.data.trim() || !node.parentElement || node.parentElement.closest('script, style, noscript, template')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        const box = visible(node.parentElement, rect);
        if (box) lines.push({ ...box, text: node.data.trim().slice(0, 40), node });
      }
    }
    lines.sort((a, b) => a.top - b.top);
    const crossing: string[] = [];
    // Text never runs past the edge of the box it is drawn in (a result's lane, a seat's card).
    for (const line of lines) {
      const box = line.node.parentElement!.closest('.lane, .hire-item')?.getBoundingClientRect();
      if (box && (line.left < box.left - 1 || line.right > box.right + 1)) crossing.push(`“${line.text}” past its box's edge`);
    }
    for (let i = 0; i < lines.length; i += 1) {
      const a = lines[i]!;
      for (let j = i + 1; j < lines.length && lines[j]!.top < a.bottom; j += 1) {
        const b = lines[j]!;
        if (a.node === b.node) continue;
        const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        // More than a sliver: a third of the shorter line's height, two pixels across.
        if (width > 2 && height > Math.min(a.bottom - a.top, b.bottom - b.top) / 3) crossing.push(`“${a.text}” × “${b.text}”`);
      }
    }
    return crossing;
  });
}

describe('text never drawn over text', () => {
  it.each(WIDTHS)('at %i px, on every route, disclosures open', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 800 }, serviceWorkers: 'block', bypassCSP: true });
    const page = await context.newPage();
    const found: Record<string, string[]> = {};
    for (const route of ROUTES) {
      await page.goto(siteUrl(route));
      const crossing = await crossingText(page);
      if (crossing.length > 0) found[route] = crossing.slice(0, 5);
    }
    await context.close();
    expect(found).toEqual({});
  });
});
