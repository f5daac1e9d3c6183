/**
 * The embed as a blogger uses it: an iframe on someone else's page, messages to the host
 * (contract.md "Embed events"), a forced theme, and a host that gives it no storage.
 */
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionPath, type CompleteAnswers } from '../../src/engine/answers.ts';
import { recommend } from '../../src/engine/recommend.ts';
import { toQuery } from '../../src/engine/url.ts';
import { connectBrowser, siteUrl, watchPage } from '../helpers/browser.ts';
import { answersWith } from '../helpers/domain.ts';

let browser: Browser;
beforeAll(async () => { browser = await connectBrowser(); });
afterAll(async () => { await browser?.close(); });

interface HostMessage { source?: string; type?: string; [key: string]: unknown }

/** A host page (served from the site's origin, as a blog would embed it) with one iframe. */
async function hostPage(iframeAttributes: string, query = 'embed_id=post-7'): Promise<{ page: Page; frame: Frame; messages: () => Promise<HostMessage[]> }> {
  const page = await browser.newPage();
  const problems = watchPage(page);
  // Served in place of a page of the site's origin, without the site's CSP (which would refuse the host's inline script).
  await page.route(siteUrl('/404.html'), (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>A blog post</title>
    <script>window.received = []; addEventListener('message', (e) => window.received.push(e.data));</script>
    <iframe ${iframeAttributes} src="${siteUrl(`/embed/?${query}`)}" title="Plan your AI hires" style="width:100%;height:600px"></iframe>` }));
  await page.goto(siteUrl('/404.html'));
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  if (!frame) throw new Error('no frame');
  await frame.waitForSelector('[data-question], [data-plan]');
  expect(problems.foreignRequests).toEqual([]);
  return { page, frame, messages: () => page.evaluate(() => (window as unknown as { received: HostMessage[] }).received) };
}

/** Answers every question in the frame with the mouse. */
async function answerAll(frame: Frame, answers: CompleteAnswers) {
  for (const question of questionPath(answers)) {
    await frame.waitForSelector(`[data-question="${question}"]`);
    const value = answers[question]!;
    const values = Array.isArray(value) ? value : [value];
    if (values.length === 0) await frame.check('input[name="have_none"]');
    for (const option of values) await frame.check(`input[name="${question}"][value="${option}"]`);
    await frame.click('[data-action="next"]');
  }
}

const ANSWERS = answersWith({ stage: 'production', size: 'growth', regulated: 'yes', have: ['software'] });

describe('the embedded questionnaire', () => {
  it('tells the host it is ready, its height, each step and the result with the share link', async () => {
    const { page, frame, messages } = await hostPage('');
    await answerAll(frame, ANSWERS);
    await frame.waitForSelector('[data-plan]');
    await expect.poll(async () => (await messages()).some((m) => m.type === 'result')).toBe(true);
    const ours = (await messages()).filter((m) => m.source === 'hire-order');
    expect(ours[0]).toMatchObject({ type: 'ready', embedId: 'post-7' });
    expect(ours.find((m) => m.type === 'resize')?.height).toBeGreaterThan(200);
    expect(ours.filter((m) => m.type === 'step').map((m) => m.question)).toEqual(questionPath(ANSWERS));
    expect(ours.find((m) => m.type === 'result')).toMatchObject({
      roles: recommend(ANSWERS).hireOrder.map((item) => item.role),
      url: siteUrl(`/result/?${toQuery(ANSWERS)}`),
      embedId: 'post-7',
    });
    // The compact plan shows in the frame, in the engine's order.
    expect(await frame.$$eval('[data-plan] [data-role]', (items) => items.map((item) => item.getAttribute('data-role'))))
      .toEqual(recommend(ANSWERS).hireOrder.map((item) => item.role));
    await page.close();
  });

  it('shows the compact plan with a link that opens the full result in a new tab', async () => {
    const { page, frame } = await hostPage('', `${toQuery(ANSWERS)}&embed_id=post-7`);
    await frame.waitForSelector('[data-plan]');
    const open = frame.locator('[data-action="open-full"]');
    // Every answer came with the frame's link, so the full result marks them all as set by its sender.
    expect(await open.getAttribute('href')).toBe(`/result/?${toQuery(ANSWERS)}&sent=${questionPath(ANSWERS).join(',')}`);
    expect(await open.getAttribute('target')).toBe('_blank');
    expect(await frame.locator('[data-hire-order]').count()).toBe(0);
    await page.close();
  });

  it('follows the theme the host asks for', async () => {
    const page = await browser.newPage({ colorScheme: 'light' });
    await page.goto(siteUrl('/embed/?theme=dark'));
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 20, 24)');
    await page.goto(siteUrl('/embed/?theme=<script>'));
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await page.close();
  });

  it('still works inside a sandboxed frame with no storage, ignoring messages from the host', async () => {
    const { page, frame, messages } = await hostPage('sandbox="allow-scripts allow-forms"');
    await page.evaluate(() => {
      const target = document.querySelector('iframe')!.contentWindow!;
      target.postMessage({ source: 'hire-order', type: 'result', html: '<img src=x onerror=alert(1)>' }, '*');
      target.postMessage('<script>alert(1)</script>', '*');
    });
    await answerAll(frame, ANSWERS);
    await frame.waitForSelector('[data-plan]');
    await expect.poll(async () => (await messages()).filter((m) => m.type === 'result').length).toBe(1);
    await page.close();
  });

  it('answers a flood of measure messages at most 4 times a second, and always the last of the flood', async () => {
    const { page, frame } = await hostPage('');
    await frame.waitForSelector('[data-question="stage"]');
    const { sent, answers, lastSent, lastAnswer, seconds } = await page.evaluate(async () => {
      const target = document.querySelector('iframe')!.contentWindow!;
      const answered: number[] = [];
      addEventListener('message', (event) => {
        if (event.source === target && (event.data as { type?: string }).type === 'resize') answered.push(performance.now());
      });
      const start = performance.now();
      let count = 0;
      let last = 0;
      await new Promise<void>((done) => {
        const burst = () => {
          for (let i = 0; i < 2000; i++) target.postMessage({ source: 'hire-order', type: 'measure' }, '*');
          count += 2000;
          last = performance.now();
          if (last - start < 1500) setTimeout(burst, 0);
          else done();
        };
        burst();
      });
      const end = performance.now();
      await new Promise((done) => setTimeout(done, 1500)); // the frame works through its queue
      return { sent: count, answers: answered.filter((at) => at >= start).length, lastSent: last, lastAnswer: Math.max(...answered), seconds: (end - start) / 1000 };
    });
    expect(sent).toBeGreaterThanOrEqual(4000);
    // 4 a second over the flood (the frame may still be working through its queue after it) plus the first answer.
    expect(answers).toBeGreaterThanOrEqual(2);
    expect(answers).toBeLessThanOrEqual(Math.ceil((seconds + 1.5) * 4) + 1);
    expect(lastAnswer, 'the last measure of the flood is answered').toBeGreaterThanOrEqual(lastSent);
    await page.close();
  });

  it('with scripts blocked in the frame, shows question 1 and a link to the questionnaire on the site', async () => {
    const { page, frame } = await hostPage('sandbox=""');
    await frame.waitForSelector('[data-question="stage"]');
    const link = frame.locator('[data-noscript] a');
    expect(await link.isVisible()).toBe(true);
    expect(await link.getAttribute('href')).toMatch(/^https?:\/\/[^/]+\/$/);
    expect((await link.textContent())?.trim()).not.toBe('');
    await page.close();
  });

  it('with scripts running, shows no fallback link', async () => {
    const { page, frame } = await hostPage('');
    await frame.waitForSelector('[data-question="stage"]');
    expect(await frame.locator('[data-noscript]').count()).toBe(0);
    await page.close();
  });

  it('fits question 1 in a plain 600 x 720 frame, as the snippets size it, with no scrolling inside', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.route(siteUrl('/404.html'), (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>A blog post</title>
      <iframe src="${siteUrl('/embed/')}" width="600" height="720" title="Plan your AI hires" style="border:0"></iframe>` }));
    await page.goto(siteUrl('/404.html'));
    const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
    await frame.waitForFunction(() => !document.querySelector('astro-island[ssr], [data-hydrating]') && document.querySelector('[data-question="stage"]'));
    const fit = await frame.evaluate(() => ({ inner: innerWidth, height: innerHeight, scroll: document.documentElement.scrollHeight, next: document.querySelector('[data-action="next"]')!.getBoundingClientRect().bottom }));
    expect(fit.height).toBe(720);
    expect(fit.next, 'Next is inside the frame').toBeLessThanOrEqual(720);
    expect(fit.scroll, 'no scrolling inside the frame').toBeLessThanOrEqual(720);
    await page.close();
  });
});
