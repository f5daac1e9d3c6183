/**
 * The WordPress embed behind a host that sets no headers at all (S3, a plain file server):
 * the site served by Python's `http.server` (no Access-Control-Allow-Origin, nothing but a
 * content type), our oEmbed answer through WordPress's own filter, in a post on another origin
 * with WordPress's own wp-embed.js. WordPress sandboxes the frame with `allow-scripts` only, so
 * its origin is opaque and a module script would be fetched with CORS and refused: the embed
 * runs classic scripts, its lazily loaded result included (src/islands/embed-frame/classic.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recommend } from '../../src/engine/recommend.ts';
import { connectBrowser, watchPage } from '../helpers/browser.ts';
import { answersWith } from '../helpers/domain.ts';
import { answerInFrame, frameStep } from '../helpers/frame-driver.ts';
import { serveHost, type HostSite } from '../helpers/host-site.ts';
import { requireWordPress, servedOEmbed, wordpressEmbedHtml, wpEmbedScript } from '../helpers/wordpress.ts';

/** `python3 -m http.server` on the build, on a random 127.0.0.1 port. */
async function plainFileServer(root: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn('python3', ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1', '--directory', root], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((done, fail) => {
    let seen = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const port = /port (\d+)/.exec(seen)?.[1];
      if (port) done(`http://127.0.0.1:${port}`);
    });
    child.once('exit', (code) => fail(new Error(`python3 -m http.server exited (${code}): ${seen}`)));
  });
  return { url, child };
}

let browser: Browser;
let host: HostSite;
let plain: { url: string; child: ChildProcess };
beforeAll(async () => {
  requireWordPress();
  [browser, host, plain] = await Promise.all([connectBrowser(), serveHost(), plainFileServer(resolve(process.env.SITE_DIR ?? 'dist'))]);
  host.page('/wp-embed.js', wpEmbedScript(), 'text/javascript');
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
  plain?.child.kill();
});

const ANSWERS = answersWith({ stage: 'production', size: 'growth', regulated: 'yes', have: ['software'] });

describe('pasted into WordPress, the site on a file server that sets no headers', () => {
  it('sends no CORS header, as S3 or a plain file server would not', async () => {
    const response = await fetch(`${plain.url}/embed/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('runs in the sandboxed frame from the first question to the plan, with no error', async () => {
    const oembed = await servedOEmbed(`${plain.url}/oembed/quiz.json`);
    const html = wordpressEmbedHtml(oembed, `${plain.url}/`);
    const post = host.page('/plain-host/', `<!doctype html><html lang="en"><title>A post</title><body>${html}<script src="/wp-embed.js"></script></body></html>`);
    const page = await browser.newPage();
    const problems = watchPage(page);
    await page.goto(post);
    const iframe = await page.waitForSelector('iframe.wp-embedded-content:not([style])', { state: 'attached', timeout: 20_000 });
    expect(await iframe.getAttribute('sandbox')).toBe('allow-scripts');
    const frame = (await iframe.contentFrame())!;
    let shown = await frameStep(frame);
    expect(shown).toBe('stage');
    while (shown !== 'result') shown = await answerInFrame(page, frame, shown, ANSWERS[shown]!, 'mouse');
    await frame.waitForSelector('[data-plan] [data-role]');
    expect(await frame.$$eval('[data-plan] [data-role]', (items) => items.map((item) => item.getAttribute('data-role'))))
      .toEqual(recommend(ANSWERS).hireOrder.map((item) => item.role));
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await page.close();
  });
});
