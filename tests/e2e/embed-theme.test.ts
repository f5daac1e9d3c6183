/**
 * The embed's look as a host asks for it (contract.md "Embed options"): light unless asked,
 * dark, or the reader's own preference; a host's accent, made readable, and hostile ones
 * ignored; a transparent background. Options survive the moves between steps and a reload.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accentPalette } from '../../src/embed/accent-palette.ts';
import { connectBrowser, siteUrl, watchPage } from '../helpers/browser.ts';
import { frameStep } from '../helpers/frame-driver.ts';

let browser: Browser;
beforeAll(async () => { browser = await connectBrowser(); });
afterAll(async () => { await browser?.close(); });

const WHITE = 'rgb(255, 255, 255)';
const DARK = 'rgb(18, 20, 24)';
const TRANSPARENT = 'rgba(0, 0, 0, 0)';
/** Our own accent in light and dark (global.css). */
const OUR_ACCENT = { light: 'rgb(31, 95, 191)', dark: 'rgb(138, 180, 248)' };

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;

/** What the embed looks like: page and body backgrounds, and the Next button's colours (the accent and the text on it). */
async function look(page: Page) {
  await frameStep(page.mainFrame());
  return page.evaluate(() => {
    const next = getComputedStyle(document.querySelector('[data-action="next"]')!);
    return {
      html: getComputedStyle(document.documentElement).backgroundColor,
      body: getComputedStyle(document.body).backgroundColor,
      accent: next.backgroundColor,
      onAccent: next.color,
    };
  });
}

/** A page for a reader who prefers dark, watched for errors and foreign requests. */
async function darkReader() {
  const page = await browser.newPage({ colorScheme: 'dark' });
  return { page, problems: watchPage(page) };
}

describe('the embed theme', () => {
  it('is light for a reader who prefers dark, dark when asked, and follows the reader with theme=auto', async () => {
    const { page, problems } = await darkReader();
    await page.goto(siteUrl('/embed/'));
    expect(await look(page)).toMatchObject({ body: WHITE, accent: OUR_ACCENT.light });
    await page.goto(siteUrl('/embed/?theme=dark'));
    expect(await look(page)).toMatchObject({ body: DARK, accent: OUR_ACCENT.dark });
    await page.goto(siteUrl('/embed/?theme=auto'));
    expect(await look(page)).toMatchObject({ body: DARK, accent: OUR_ACCENT.dark });
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await look(page)).toMatchObject({ body: WHITE, accent: OUR_ACCENT.light });
    expect([...problems.consoleErrors, ...problems.pageErrors, ...problems.foreignRequests]).toEqual([]);
    await page.close();
  });

  it("applies a host's accent, changed only as much as readable text needs, in each scheme", async () => {
    const { page, problems } = await darkReader();
    // Yellow: unreadable on white, so darkened there; readable on dark, so kept as given.
    await page.goto(siteUrl('/embed/?accent=%23ffcc00'));
    const light = accentPalette('#ffcc00', 'light');
    expect(light.accent).not.toBe('#ffcc00');
    expect(await look(page)).toEqual({ html: TRANSPARENT, body: WHITE, accent: rgb(light.accent), onAccent: rgb(light.accentText) });
    await page.goto(siteUrl('/embed/?accent=%23FC0&theme=dark'));
    expect(await look(page)).toMatchObject({ body: DARK, accent: rgb('#ffcc00'), onAccent: DARK });
    // The link colour follows too, and the codec says nothing about the option.
    expect(await page.locator('.why a').evaluate((link) => getComputedStyle(link).color)).toBe(rgb('#ffcc00'));
    expect(await page.locator('[data-notice]').count()).toBe(0);
    expect([...problems.consoleErrors, ...problems.pageErrors, ...problems.foreignRequests]).toEqual([]);
    await page.close();
  });

  it('ignores hostile accents: CSS after a colour, markup, a CSS function', async () => {
    const { page, problems } = await darkReader();
    for (const accent of ['red;background:url(//evil.test/x)', '#fff;background:url(//evil.test/x)', '<script>alert(1)</script>', 'url(//evil.test/x)']) {
      await page.goto(siteUrl(`/embed/?accent=${encodeURIComponent(accent)}`));
      expect(await look(page), accent).toEqual({ html: TRANSPARENT, body: WHITE, accent: OUR_ACCENT.light, onAccent: WHITE });
      expect(await page.evaluate(() => document.documentElement.getAttribute('style')), accent).toBeNull();
      expect(await page.locator('[data-notice]').count(), accent).toBe(0);
    }
    expect([...problems.consoleErrors, ...problems.pageErrors, ...problems.foreignRequests, ...problems.dialogs]).toEqual([]);
    await page.close();
  });

  it('leaves its background out with bg=transparent, and keeps every option through the steps and a reload', async () => {
    const { page, problems } = await darkReader();
    await page.goto(siteUrl('/embed/?theme=dark&accent=%23e91e63&bg=transparent&embed_id=post-7'));
    const dark = accentPalette('#e91e63', 'dark');
    const expected = { html: TRANSPARENT, body: TRANSPARENT, accent: rgb(dark.accent), onAccent: rgb(dark.accentText) };
    expect(await look(page)).toEqual(expected);
    await page.check('input[name="stage"][value="pilot"]');
    await page.click('[data-action="next"]');
    await page.waitForSelector('[data-question="size"]');
    const query = new URL(page.url()).searchParams;
    expect([query.get('stage'), query.get('theme'), query.get('accent'), query.get('bg'), query.get('embed_id')]).toEqual(['pilot', 'dark', '#e91e63', 'transparent', 'post-7']);
    expect(await look(page)).toEqual(expected);
    await page.reload();
    expect(await frameStep(page.mainFrame())).toBe('size');
    expect(await look(page)).toEqual(expected);
    expect([...problems.consoleErrors, ...problems.pageErrors, ...problems.foreignRequests]).toEqual([]);
    await page.close();
  });
});
