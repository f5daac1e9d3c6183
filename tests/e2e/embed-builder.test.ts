/**
 * The embed builder (/embed-builder/) as a blogger uses it: choose options, watch the preview
 * follow, copy the code, and paste it into a blog on another origin, where it must give a
 * working embed with exactly those options, by the loader and as a plain Markdown frame.
 */
import type { Browser, ElementHandle, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import wording from '../../content/embed-builder.json' with { type: 'json' };
import { MODEL_VERSION } from '../../src/engine/version.ts';
import { accentPalette } from '../../src/embed/accent-palette.ts';
import { connectBrowser, siteUrl, watchPage } from '../helpers/browser.ts';
import { frameStep } from '../helpers/frame-driver.ts';
import { decodePng } from '../helpers/png.ts';
import { serveHost, type HostSite } from '../helpers/host-site.ts';

let browser: Browser;
let host: HostSite;
beforeAll(async () => { [browser, host] = await Promise.all([connectBrowser(), serveHost()]); });
afterAll(async () => { await browser?.close(); await host?.close(); });

const ACCENT = '#e91e63';
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;

async function openBuilder(page: Page) {
  await page.goto(siteUrl('/embed-builder/'));
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
}

/** Chooses stage and size, the dark theme, an accent, a transparent background and an embed id, as a blogger would. */
async function chooseEverything(page: Page) {
  await page.click('.builder-answers summary');
  await page.check('input[name="stage"][value="pilot"]');
  await page.check('input[name="size"][value="startup"]');
  await page.check('input[name="theme"][value="dark"]');
  await page.fill('#builder-accent', ACCENT.toUpperCase());
  await page.locator('#builder-accent').blur();
  await page.check('input[name="bg"]');
  await page.fill('#builder-embed-id', 'post-7');
  await page.locator('#builder-embed-id').blur();
}

const snippet = (page: Page, platform: string, index = 0) =>
  page.check(`input[name="platform"][value="${platform}"]`).then(() => page.locator(`[data-snippet="${platform}:${index}"]`).inputValue());

/** The options the frame was asked for, and how it looks and what it shows. */
async function embedded(frame: Frame) {
  const shown = await frameStep(frame);
  const query = new URL(frame.url()).searchParams;
  return {
    shown,
    asked: Object.fromEntries(['stage', 'size', 'theme', 'accent', 'bg', 'embed_id'].map((name) => [name, query.get(name)])),
    look: await frame.evaluate(() => ({
      theme: document.documentElement.dataset.theme,
      body: getComputedStyle(document.body).backgroundColor,
      accent: getComputedStyle(document.querySelector('[data-action="next"]')!).backgroundColor,
    })),
  };
}

const CHOSEN = {
  shown: 'predictive_roi',
  asked: { stage: 'pilot', size: 'startup', theme: 'dark', accent: ACCENT, bg: 'transparent', embed_id: 'post-7' },
  look: { theme: 'dark', body: 'rgba(0, 0, 0, 0)', accent: rgb(accentPalette(ACCENT, 'dark').accent) },
};

async function frameIn(page: Page, selector: string): Promise<Frame> {
  const element = (await page.waitForSelector(selector, { state: 'attached' })) as ElementHandle<HTMLIFrameElement>;
  await expect.poll(async () => (await element.contentFrame())?.url() ?? '', { timeout: 10_000 }).toContain('/embed/');
  return (await element.contentFrame())!;
}

/** The colour on screen just inside the frame's top left corner (the embed's margin: only its background is there). */
async function pixelInFrame(page: Page): Promise<number[]> {
  const box = (await (await page.$('iframe'))!.boundingBox())!;
  const png = decodePng(await page.screenshot({ clip: { x: box.x + 3, y: box.y + 3, width: 1, height: 1 } }));
  return [...png.pixels.subarray(0, 3)];
}

describe('the embed builder', () => {
  it('previews the options chosen, and its snippets, pasted into a blog on another origin, embed exactly those', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = watchPage(page);
    await openBuilder(page);
    await chooseEverything(page);
    // The preview is this site's own /embed/ with the options: it reloads with them.
    await expect.poll(async () => embedded(await frameIn(page, '[data-embed-preview]')).catch(() => null), { timeout: 15_000 }).toEqual(CHOSEN);

    const html = await snippet(page, 'html');
    expect(html).toContain(`<script src="${siteUrl('/embed.js')}" async></script>`);
    expect(await snippet(page, 'ghost')).toBe(html);
    const address = await snippet(page, 'wordpress');
    expect(address).toBe(siteUrl(`/?stage=pilot&size=startup&v=${MODEL_VERSION}&theme=dark&accent=%23e91e63&bg=transparent&embed_id=post-7`));
    expect(await snippet(page, 'ghost', 1)).toBe(address);
    const markdown = await snippet(page, 'markdown');
    expect([...problems.consoleErrors, ...problems.pageErrors, ...problems.foreignRequests]).toEqual([]);
    await page.close();

    // A dark blog (browsers let a dark frame show through only on a page with a dark colour scheme), read
    // by someone who prefers light: the embed is dark as asked, and the blog's background shows through it.
    // The Markdown frame goes in a post of its own, without script, as most Markdown blogs allow.
    const blogPost = (path: string, body: string) => host.page(path, `<!doctype html><html lang="en"><title>A post</title>
      <style>:root { color-scheme: dark; } body { background: rgb(40, 24, 64); color: #fff; margin: 0 auto; max-width: 50rem; }</style>
      <script>window.heard = []; document.addEventListener('hire-order:ready', (event) => heard.push(event.detail));</script>
      <h1>Plan your hires</h1>
      ${body}`);
    for (const [post, what] of [[blogPost('/with-loader/', html), 'the HTML snippet'], [blogPost('/markdown/', markdown), 'the Markdown frame']] as const) {
      const blog = await browser.newPage({ viewport: { width: 800, height: 900 }, colorScheme: 'light' });
      const blogProblems = watchPage(blog);
      await blog.goto(post);
      expect(await embedded(await frameIn(blog, 'iframe')), what).toEqual(CHOSEN);
      expect(await pixelInFrame(blog), `${what}: the blog's background in the frame's corner`).toEqual([40, 24, 64]);
      if (what === 'the HTML snippet') {
        await expect.poll(() => blog.evaluate(() => (window as unknown as { heard: { embedId: string }[] }).heard.map((detail) => detail.embedId))).toEqual(['post-7']);
      }
      const elsewhere = blogProblems.foreignRequests.filter((url) => new URL(url).origin !== host.origin);
      expect(elsewhere, `${what}: every request goes to the blog or to our site`).toEqual([]);
      expect([...blogProblems.consoleErrors, ...blogProblems.pageErrors], what).toEqual([]);
      await blog.close();
    }
  });

  it('copies a snippet to the clipboard, and says so', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await openBuilder(page);
    await page.check('input[name="theme"][value="auto"]');
    await page.click('[data-action="copy-snippet"]');
    await expect.poll(() => page.locator('.snippet-status').textContent()).toBe(wording.copied);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator('[data-snippet="html:0"]').inputValue());
    expect(copied).toContain('data-theme="auto"');
    await context.close();
  });
});
