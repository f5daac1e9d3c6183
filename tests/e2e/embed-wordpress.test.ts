/**
 * The embed pasted into WordPress: our oEmbed answer through WordPress's own filter (php-cli
 * on wp-includes), in a post on another origin with WordPress's own wp-embed.js. The frame is
 * sandboxed with `allow-scripts` only: no forms, no popups, no storage, no top navigation.
 */
import type { Browser, ElementHandle, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionPath } from '../../src/engine/answers.ts';
import { connectBrowser, siteUrl, watchPage } from '../helpers/browser.ts';
import { answersWith } from '../helpers/domain.ts';
import { answerInFrame, backInFrame, frameContent, frameStep } from '../helpers/frame-driver.ts';
import { serveHost, type HostSite } from '../helpers/host-site.ts';
import { resultUrl } from '../helpers/quiz-driver.ts';
import { requireWordPress, servedOEmbed, wordpressEmbedHtml, wpEmbedScript } from '../helpers/wordpress.ts';

let browser: Browser;
let host: HostSite;
let post: string;
beforeAll(async () => {
  requireWordPress();
  [browser, host] = await Promise.all([connectBrowser(), serveHost()]);
  const html = wordpressEmbedHtml(await servedOEmbed(), siteUrl('/'));
  host.page('/wp-embed.js', wpEmbedScript(), 'text/javascript');
  post = host.page('/2026/11/hiring-ai/', `<!doctype html><html lang="en"><title>How we hire for AI · A blog</title>
    <body><article><h1>How we hire for AI</h1><p>Try the planner below.</p>${html}<p>Thanks for reading.</p></article>
    <script src="/wp-embed.js"></script></body></html>`);
});
afterAll(async () => { await browser?.close(); await host?.close(); });

const ANSWERS = answersWith({ stage: 'production', size: 'growth', regulated: 'yes', have: ['software'] });

/** The post, once wp-embed.js has revealed the frame (it does on the frame's first message). */
async function openPost(): Promise<{ page: Page; iframe: ElementHandle<HTMLIFrameElement>; frame: Frame; secret: string; problems: ReturnType<typeof watchPage> }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const problems = watchPage(page);
  await page.goto(post);
  const iframe = (await page.waitForSelector('iframe.wp-embedded-content:not([style])', { state: 'attached' })) as ElementHandle<HTMLIFrameElement>;
  const frame = (await iframe.contentFrame())!;
  expect(await iframe.getAttribute('sandbox')).toBe('allow-scripts');
  expect(await page.isHidden('blockquote.wp-embedded-content')).toBe(true);
  return { page, iframe, frame, secret: (await iframe.getAttribute('data-secret'))!, problems };
}

/** The frame's height on the page follows its content, within 2 px, between WordPress's 200 and 1,000 px. */
async function expectFitted(iframe: ElementHandle<HTMLIFrameElement>, frame: Frame, when: string): Promise<number> {
  let fitted = { shown: 0, wanted: 0 };
  await expect.poll(async () => {
    const { content } = await frameContent(frame);
    fitted = { shown: (await iframe.boundingBox())!.height, wanted: Math.min(1000, Math.max(200, content)) };
    return Math.abs(fitted.shown - fitted.wanted);
  }, { message: `frame height ${when}` }).toBeLessThanOrEqual(2);
  if (fitted.wanted < 1000) expect((await frameContent(frame)).innerScroll, `no inner scrollbar ${when}`).toBe(false);
  return fitted.shown;
}

const expectSecretKept = (frame: Frame, secret: string, when: string) =>
  expect(new URL(frame.url()).hash, `the frame's fragment ${when}`).toContain(`secret=${secret}`);

describe('pasted into a WordPress post', () => {
  it('is revealed, follows its content at every step, keeps the secret, and opens the full result in the top window', async () => {
    const { page, iframe, frame, secret, problems } = await openPost();
    const path = questionPath(ANSWERS);
    const heights = [await expectFitted(iframe, frame, 'after load')];
    let shown = await frameStep(frame);
    for (let index = 0; shown !== 'result'; index += 1) {
      expect(shown).toBe(path[index]);
      shown = await answerInFrame(page, frame, shown, ANSWERS[shown]!, 'mouse');
      heights.push(await expectFitted(iframe, frame, `after answering ${path[index]}`));
      expectSecretKept(frame, secret, `after answering ${path[index]}`);
      if (index === 2) {
        expect(await backInFrame(frame)).toBe(path[2]);
        heights.push(await expectFitted(iframe, frame, 'after a step back'));
        expectSecretKept(frame, secret, 'after a step back');
        shown = await answerInFrame(page, frame, path[2]!, ANSWERS[path[2]!]!, 'mouse');
      }
    }
    await frame.waitForSelector('[data-plan] [data-role]');
    expect(await expectFitted(iframe, frame, 'at the result')).toBeLessThan(1000); // the compact plan fits under WordPress's cap
    expect(heights.some((height, index) => index > 0 && height < heights[index - 1]!), `a shorter step shrank the frame: ${heights}`).toBe(true);

    // "Change your answers" loads the embed again, in the frame: WordPress still hears it.
    await frame.getByRole('link', { name: 'Change your answers' }).click();
    await frame.waitForSelector('[data-question="stage"]');
    expectSecretKept(frame, secret, 'after changing the answers');
    shown = await frameStep(frame);
    while (shown !== 'result') shown = await answerInFrame(page, frame, shown, ANSWERS[shown]!, 'mouse');
    expect(await expectFitted(iframe, frame, 'at the result again')).toBeLessThan(1000);

    await frame.getByRole('link', { name: 'Open the full result' }).click();
    await page.waitForURL(resultUrl(ANSWERS));
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await page.close();
  });

  it('runs to the result by keyboard alone inside the sandbox', async () => {
    const { page, iframe, frame, secret, problems } = await openPost();
    let shown = await frameStep(frame);
    while (shown !== 'result') shown = await answerInFrame(page, frame, shown, ANSWERS[shown]!, 'keyboard');
    await frame.waitForSelector('[data-plan] [data-role]');
    await expectFitted(iframe, frame, 'at the result');
    expectSecretKept(frame, secret, 'at the result');
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await page.close();
  });
});
