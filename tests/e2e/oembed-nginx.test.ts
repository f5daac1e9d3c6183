/**
 * A result link pasted into WordPress when the site runs on nginx with the shipped deploy/nginx.conf:
 * nginx passes the `url` WordPress sends on to the frame as `?link=`, and the embed opens
 * prefilled with that link's answers. A static host cannot do this: it embeds the plain quiz.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recommend } from '../../src/engine/recommend.ts';
import { toQuery } from '../../src/engine/url.ts';
import { accentPalette } from '../../src/embed/accent-palette.ts';
import { pageAddress } from '../../src/embed/snippets.ts';
import { connectBrowser, watchPage } from '../helpers/browser.ts';
import { answersWith } from '../helpers/domain.ts';
import { frameStep } from '../helpers/frame-driver.ts';
import { serveHost, type HostSite } from '../helpers/host-site.ts';
import { startNginx, type RunningNginx } from '../helpers/nginx.ts';
import { requireWordPress, servedOEmbed, wordpressEmbedHtml, wpEmbedScript } from '../helpers/wordpress.ts';

let browser: Browser;
let host: HostSite;
let nginx: RunningNginx;
beforeAll(async () => {
  requireWordPress();
  [browser, host, nginx] = await Promise.all([connectBrowser(), serveHost(), startNginx(process.env.SITE_DIR ?? 'dist')]);
  host.page('/wp-embed.js', wpEmbedScript(), 'text/javascript');
});
afterAll(async () => { await browser?.close(); await host?.close(); await nginx?.stop(); });

const ANSWERS = answersWith({ stage: 'production', size: 'growth', regulated: 'yes', have: ['software'] });

/** The request WordPress makes for a pasted URL (WP_oEmbed::fetch; PHP's urlencode, which matches encodeURIComponent on these URLs). */
const wordpressAsks = (pasted: string) =>
  servedOEmbed(`${nginx.url}/oembed/quiz.json?maxwidth=600&maxheight=1000&url=${encodeURIComponent(pasted)}&dnt=1&format=json`);

describe('a result link pasted into WordPress, the site on nginx', () => {
  it('embeds the questionnaire prefilled with the link, which shows its result', async () => {
    const pasted = `${nginx.url}/result/?${toQuery(ANSWERS)}`;
    const html = wordpressEmbedHtml(await wordpressAsks(pasted), pasted);
    const post = host.page('/pasted/', `<!doctype html><html lang="en"><title>A post</title><body>${html}<script src="/wp-embed.js"></script></body></html>`);
    const page = await browser.newPage();
    const problems = watchPage(page);
    await page.goto(post);
    const iframe = await page.waitForSelector('iframe.wp-embedded-content:not([style])', { state: 'attached' });
    const frame = (await iframe.contentFrame())!;
    expect(await frameStep(frame)).toBe('result');
    expect(await frame.$$eval('[data-plan] [data-role]', (items) => items.map((item) => item.getAttribute('data-role'))))
      .toEqual(recommend(ANSWERS).hireOrder.map((item) => item.role));
    expect(await frame.locator('[data-notice]').count()).toBe(0);
    // WordPress sizes the frame to the compact plan, which fits under its 1,000 px cap.
    const content = await frame.evaluate(() => Math.ceil(document.querySelector('main')!.getBoundingClientRect().bottom));
    expect(content).toBeLessThan(1000);
    await expect.poll(async () => Math.abs((await iframe.boundingBox())!.height - content), { timeout: 10_000 }).toBeLessThanOrEqual(2);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it("embeds a builder's address with its answers and its look (the options come through ?link= too)", async () => {
    const choice = { answers: { stage: 'pilot', size: 'startup' }, theme: 'dark', accent: '#e91e63', transparent: false, embedId: '' } as const;
    const pasted = pageAddress(`${nginx.url}/`, choice);
    const html = wordpressEmbedHtml(await wordpressAsks(pasted), pasted);
    const post = host.page('/builder-address/', `<!doctype html><html lang="en"><title>A post</title><body>${html}<script src="/wp-embed.js"></script></body></html>`);
    const page = await browser.newPage({ colorScheme: 'light' });
    const problems = watchPage(page);
    await page.goto(post);
    const iframe = await page.waitForSelector('iframe.wp-embedded-content:not([style])', { state: 'attached' });
    const frame = (await iframe.contentFrame())!;
    expect(await frameStep(frame)).toBe('predictive_roi');
    expect(await frame.evaluate(() => [document.documentElement.dataset.theme, getComputedStyle(document.querySelector('[data-action="next"]')!).backgroundColor]))
      .toEqual(['dark', `rgb(${[1, 3, 5].map((at) => parseInt(accentPalette('#e91e63', 'dark').accent.slice(at, at + 2), 16)).join(', ')})`]);
    expect(await frame.locator('[data-notice]').count()).toBe(0);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it.each([
    ['not URL-encoded', 'https://x.test/result/?stage=pilot'],
    ['with a quote', "x'onload='alert(1)"],
    ['empty', ''],
  ])('gives the plain questionnaire for a url %s', async (_, url) => {
    const oembed = await servedOEmbed(`${nginx.url}/oembed/quiz.json?url=${url}&format=json`);
    expect(oembed.html).toContain(`<iframe src="${nginx.url}/embed/"`);
  });
});
