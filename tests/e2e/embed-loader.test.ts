/**
 * The host loader (/embed.js) on a plain blog on another origin: frames sized to their content
 * at phone, tablet and desktop widths, created only near the viewport, events in order, several
 * embeds kept apart, and a hostile host (CSS aimed at all iframes, forged messages) changing nothing.
 */
import type { Browser, ElementHandle, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionPath } from '../../src/engine/answers.ts';
import { recommend } from '../../src/engine/recommend.ts';
import { toQuery } from '../../src/engine/url.ts';
import { connectBrowser, siteUrl, watchPage } from '../helpers/browser.ts';
import { answersWith } from '../helpers/domain.ts';
import { answerInFrame, backInFrame, frameContent, frameStep } from '../helpers/frame-driver.ts';
import { serveHost, type HostSite } from '../helpers/host-site.ts';

let browser: Browser;
let host: HostSite;
let post: string;

const ANSWERS = answersWith({ stage: 'production', size: 'growth', regulated: 'yes', have: ['software'] });

/** CSS a theme might aim at every iframe, at its most hostile. */
const HOSTILE_CSS = `iframe { height: 100px !important; border: 9px solid red !important; padding: 20px !important; margin: 30px !important;
  max-height: 50px !important; min-width: 2000px !important; display: inline !important; }`;

beforeAll(async () => {
  [browser, host] = await Promise.all([connectBrowser(), serveHost()]);
  const loader = siteUrl('/embed.js');
  post = host.page('/post/', `<!doctype html><html lang="en"><title>A blog post</title>
    <style>${HOSTILE_CSS} body { margin: 0 auto; max-width: 52rem; } .gap { height: 5000px; }</style>
    <script>
      window.heard = [];
      for (const type of ['ready', 'step', 'result', 'resize', 'bring-into-view']) {
        document.addEventListener('hire-order:' + type, (event) => heard.push({ type, on: event.target.parentElement.id, detail: event.detail }));
      }
    </script>
    <h1>How we hire for AI</h1>
    <div id="first" data-hire-order data-embed-id="first" data-theme="light"></div>
    <p>Between the embeds.</p>
    <iframe id="bare" src="${siteUrl('/embed/?embed_id=bare')}" title="Plan your AI hires" height="400"></iframe>
    <div class="gap"></div>
    <div id="second" data-hire-order data-answers="${toQuery({ stage: 'pilot', size: 'startup' })}" data-embed-id="second"></div>
    <script src="${loader}" async></script>
    <script src="${loader}" async></script>`);
});
afterAll(async () => { await browser?.close(); await host?.close(); });

/** Ghost's case with a slow script: the oEmbed iframe has loaded (and said its height) before the loader runs. */
function latePost(): string {
  // Already full width: taking it over changes nothing the frame could notice by itself.
  return host.page('/late/', `<!doctype html><html lang="en"><title>A late loader</title>
    <style>iframe { display: block; width: 100%; border: 0; }</style>
    <iframe id="bare" src="${siteUrl('/embed/?embed_id=late')}" title="Plan your AI hires" width="600" height="300"></iframe>
    <script>
      // The loader arrives once the frame has told its height to nobody.
      addEventListener('message', function late(event) {
        if (event.data?.type !== 'resize') return;
        removeEventListener('message', late);
        setTimeout(() => document.body.appendChild(Object.assign(document.createElement('script'), { src: ${JSON.stringify(siteUrl('/embed.js'))} })), 200);
      });
    </script>`);
}

interface Heard { type: string; on: string; detail: { embedId?: string; question?: string; roles?: string[]; url?: string } }
const heard = (page: Page) => page.evaluate(() => (window as unknown as { heard: Heard[] }).heard);

async function openPost(width: number) {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  const problems = watchPage(page);
  const embedRequests: string[] = [];
  page.on('request', (request) => { if (request.url().includes('/embed/?')) embedRequests.push(request.url()); });
  await page.goto(post);
  const iframe = async (id: string) => (await page.waitForSelector(`#${id} iframe, iframe#${id}`, { state: 'attached' })) as ElementHandle<HTMLIFrameElement>;
  return { page, problems, embedRequests, iframe };
}

async function loadedFrame(iframe: ElementHandle<HTMLIFrameElement>): Promise<Frame> {
  await expect.poll(async () => (await iframe.contentFrame())?.url() ?? '').toContain('/embed/');
  const frame = (await iframe.contentFrame())!;
  await frameStep(frame);
  return frame;
}

/** The frame is exactly as tall as its content (no inner scrollbar, no gap below), its box untouched by the host's CSS. */
async function expectFitted(iframe: ElementHandle<HTMLIFrameElement>, frame: Frame, when: string): Promise<number> {
  await expect.poll(async () => {
    const box = (await iframe.boundingBox())!;
    return Math.abs(box.height - (await frameContent(frame)).content);
  }, { message: `frame height ${when}` }).toBeLessThanOrEqual(2);
  expect((await frameContent(frame)).innerScroll, `no inner scrollbar ${when}`).toBe(false);
  const box = await iframe.evaluate((element) => {
    const style = getComputedStyle(element);
    return { border: style.borderTopWidth, display: style.display, width: element.getBoundingClientRect().width, room: element.parentElement!.clientWidth };
  });
  expect(box, `the frame's box ${when}`).toEqual({ border: '0px', display: 'block', width: box.room, room: box.room });
  return (await iframe.boundingBox())!.height;
}

describe('the host loader', () => {
  it.each([360, 700])('fits the frame to its content at %i px, growing and shrinking', async (width) => {
    const { page, problems, iframe } = await openPost(width);
    const first = await iframe('first');
    const frame = await loadedFrame(first);
    const heights = [await expectFitted(first, frame, 'after load')];
    let shown = await frameStep(frame);
    for (let step = 0; step < 4 && shown !== 'result'; step += 1) {
      shown = await answerInFrame(page, frame, shown, ANSWERS[shown]!, 'mouse');
      heights.push(await expectFitted(first, frame, `after step ${step + 1}`));
    }
    await backInFrame(frame);
    heights.push(await expectFitted(first, frame, 'after a step back'));
    expect(heights.some((height, index) => index > 0 && height < heights[index - 1]!), `a shorter step shrank the frame: ${heights}`).toBe(true);
    expect([...problems.consoleErrors, ...problems.pageErrors]).toEqual([]);
    await page.close();
  });

  it('runs to the result at 1280 px, telling the host each step in order, and brings a step into view', async () => {
    const { page, problems, embedRequests, iframe } = await openPost(1280);
    const [first, bare, second] = [await iframe('first'), await iframe('bare'), await iframe('second')];
    const frame = await loadedFrame(first);
    await expectFitted(bare, await loadedFrame(bare), 'the bare iframe, taken over');
    // The second embed is far below: placed, but not loaded.
    expect(embedRequests.filter((url) => url.includes('embed_id=second'))).toEqual([]);
    expect(await second.evaluate((element) => element.getAttribute('src'))).toBeNull();

    const path = questionPath(ANSWERS);
    let shown = await frameStep(frame);
    for (const [index, question] of path.entries()) {
      expect(shown).toBe(question);
      if (index === 3) {
        // Scrolled past the frame's top, the next step scrolls it back into view.
        await page.evaluate(() => window.scrollTo(0, document.querySelector('#first')!.getBoundingClientRect().top + scrollY + 250));
        shown = await answerInFrame(page, frame, question, ANSWERS[question]!, 'mouse');
        await expect.poll(() => first.evaluate((element) => Math.abs(element.getBoundingClientRect().top))).toBeLessThanOrEqual(1);
      } else {
        shown = await answerInFrame(page, frame, question, ANSWERS[question]!, 'mouse');
      }
    }
    await frame.waitForSelector('[data-plan] [data-role]');
    await expectFitted(first, frame, 'at the result');

    const events = (await heard(page)).filter((event) => event.on === 'first');
    expect(events.map((event) => event.type)).toEqual(['ready', ...path.map(() => 'step'), 'result']);
    expect(events.filter((event) => event.type === 'step').map((event) => event.detail.question)).toEqual(path);
    expect(events.at(-1)!.detail).toMatchObject({ embedId: 'first', roles: recommend(ANSWERS).hireOrder.map((item) => item.role), url: siteUrl(`/result/?${toQuery(ANSWERS)}`) });
    expect(events.every((event) => event.detail.embedId === 'first')).toBe(true);

    // Near the viewport, the second embed loads, prefilled from its data-answers, apart from the first.
    await second.scrollIntoViewIfNeeded();
    expect(await frameStep(await loadedFrame(second))).toBe('predictive_roi');
    await expect.poll(async () => (await heard(page)).filter((event) => event.on === 'second').map((event) => [event.type, event.detail.embedId])).toEqual([['ready', 'second'], ['step', 'second']]);
    expect(embedRequests.filter((url) => url.includes('embed_id=second'))).toHaveLength(1);
    expect([...problems.consoleErrors, ...problems.pageErrors]).toEqual([]);
    await page.close();
  });

  it('sizes an iframe of ours that loaded before the loader ran', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems = watchPage(page);
    await page.goto(latePost());
    const bare = (await page.waitForSelector('iframe#bare')) as ElementHandle<HTMLIFrameElement>;
    await expectFitted(bare, await loadedFrame(bare), 'after the loader came');
    expect([...problems.consoleErrors, ...problems.pageErrors]).toEqual([]);
    await page.close();
  });

  it('ignores messages from other windows and messages of the wrong shape', async () => {
    const { page, problems, iframe } = await openPost(1280);
    const first = await iframe('first');
    const frame = await loadedFrame(first);
    const fitted = await expectFitted(first, frame, 'after load');
    const before = await heard(page);
    await page.evaluate(async () => {
      const forged = [
        { source: 'hire-order', type: 'resize', height: 5 },
        { source: 'hire-order', type: 'result', roles: ['<img src=x onerror=alert(1)>'], url: 'https://evil.test/' },
        { source: 'hire-order', type: 'bring-into-view' },
      ];
      // From the host's own window, and from another frame on the page.
      for (const message of forged) window.postMessage(message, '*');
      const other = document.body.appendChild(document.createElement('iframe'));
      other.srcdoc = `<script>for (const m of ${JSON.stringify(forged)}) parent.postMessage(m, '*')</script>`;
      await new Promise((done) => other.addEventListener('load', done));
      // And from the embed's own frame, but of the wrong shape.
      document.querySelector<HTMLIFrameElement>('#first iframe')!.contentWindow!.postMessage('no', '*');
      await new Promise((done) => setTimeout(done, 300));
    });
    const shapes = await frame.evaluate(async () => {
      const wrong = [{ source: 'hire-order', type: 'resize', height: '5' }, { source: 'hire-order', type: 'resize' }, { source: 'hire-order', type: 'step', question: 7 }, { source: 'hire-order', type: 'result', roles: 'ai-engineer', url: 1 }, { type: 'resize', height: 5 }, 'resize'];
      for (const message of wrong) parent.postMessage(message, '*');
      await new Promise((done) => setTimeout(done, 300));
      return wrong.length;
    });
    expect(shapes).toBeGreaterThan(0);
    expect((await first.boundingBox())!.height).toBe(fitted);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    expect(await heard(page)).toEqual(before);
    expect([...problems.consoleErrors, ...problems.pageErrors, ...problems.dialogs]).toEqual([]);
    await page.close();
  });
});
