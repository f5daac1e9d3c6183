/**
 * Offline after the first visit (build/service-worker.ts): one visit online to `/`, then with no
 * network the quiz reloads, is answered to the end, and the result shows, its page and scripts
 * answered by the service worker; every script the build wrote is in its cache; the pages left
 * out of it (how it works, a role's page) fail offline, and the footer says which pages work.
 * A new deploy is picked up: the visit after the one that finds a new `sw.js` runs the new build,
 * online and then offline.
 * The one browser test with service workers allowed (tests/helpers/browser.ts blocks them).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveStatic } from '../../scripts/serve.mjs';
import type { Browser, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, siteUrl, watchPage } from '../helpers/browser.ts';
import { answersWith } from '../helpers/domain.ts';
import { expectResultOf, runQuiz, waitForQuiz } from '../helpers/quiz-driver.ts';

let browser: Browser;
beforeAll(async () => { browser = await connectBrowser(); });
afterAll(async () => { await browser?.close(); });

const DIST = resolve(process.env.SITE_DIR ?? 'dist');
/** The footer's line on what works offline, as content/site.json words it. */
const OFFLINE_LINE = (JSON.parse(readFileSync(resolve('content/site.json'), 'utf8')) as { offline: string }).offline;

describe('offline after one visit', () => {
  it('reloads the quiz, finishes it and shows the result with no network; other pages fail; the footer says so', async () => {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    const problems = watchPage(page);
    await page.goto(siteUrl('/'));
    await waitForQuiz(page);
    // The worker installed (its precache filled) and controls the page.
    await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.ready).active) && navigator.serviceWorker.controller !== null);

    // Every script the build wrote is cached: the quiz's, the result's and whatever they load later.
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
      return urls;
    });
    const scripts = readdirSync(resolve(DIST, '_astro')).filter((file) => file.endsWith('.js')).map((file) => `/_astro/${file}`);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((script) => !cached.includes(script))).toEqual([]);

    await context.setOffline(true);
    const fromNetwork: string[] = [];
    const notFromWorker = (response: Response) => { if (!response.fromServiceWorker()) fromNetwork.push(response.url()); };
    page.on('response', notFromWorker);

    await page.reload();
    expect(await waitForQuiz(page)).toBe('stage');
    expect(await page.locator('.site-footer').innerText()).toContain(OFFLINE_LINE);

    const answers = answersWith({ stage: 'pilot', predictive_roi: 'yes', data_sufficiency: 'no', production_soon: 'yes', have: ['software'] });
    await runQuiz(page, answers, 'mouse');
    await expectResultOf(page, answers);
    await page.locator('[data-what-if] > summary').click(); // the result's lazily loaded parts run too
    expect(fromNetwork).toEqual([]);
    page.off('response', notFromWorker);

    // Left out of the cache on purpose: with no network they do not load.
    for (const path of ['/how-it-works/', '/roles/ai-engineer/']) {
      await expect(page.goto(siteUrl(path)), path).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
    }
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('picks up a new deploy on the visit after the one that finds it, online and then offline', async () => {
    // A deploy of its own, on its own origin, that the test can redeploy.
    const root = await mkdtemp(join(tmpdir(), 'hire-order-deploy-'));
    await cp(DIST, root, { recursive: true });
    const { url, server } = await serveStatic(root);
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    try {
      const page = await context.newPage();
      const build = () => page.evaluate(() => document.documentElement.getAttribute('data-deploy'));
      await page.goto(`${url}/`);
      await waitForQuiz(page);
      await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.ready).active) && navigator.serviceWorker.controller !== null);
      expect(await build()).toBeNull();

      // The next deploy: the quiz page changes, and so does its revision in the worker's
      // manifest (as generateSW writes it), which makes sw.js a new worker.
      const page1 = join(root, 'index.html');
      await writeFile(page1, (await readFile(page1, 'utf8')).replace('<html', '<html data-deploy="2"'));
      const worker = join(root, 'sw.js');
      const manifestEntry = /(\{url:"index\.html",revision:")([0-9a-f]+)"/;
      const before = (await readFile(worker, 'utf8'));
      expect(before).toMatch(manifestEntry);
      await writeFile(worker, before.replace(manifestEntry, '$1next-deploy"'));

      // This visit finds the new worker, which installs, takes over and drops the old entry…
      await page.reload();
      await waitForQuiz(page);
      const cachedPages = () => page.evaluate(async () => {
        const keys: string[] = [];
        for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) keys.push(new URL(request.url).pathname + new URL(request.url).search);
        return keys.filter((key) => key.startsWith('/index.html'));
      });
      await expect.poll(cachedPages, { timeout: 20_000 }).toEqual(['/index.html?__WB_REVISION__=next-deploy']);
      // …and the next one runs the new build, online and offline alike.
      await page.reload();
      await waitForQuiz(page);
      expect(await build()).toBe('2');
      await context.setOffline(true);
      await page.reload();
      expect(await waitForQuiz(page)).toBe('stage');
      expect(await build()).toBe('2');
    } finally {
      await context.close();
      await new Promise<void>((done) => server.close(() => done()));
      await rm(root, { recursive: true, force: true });
    }
  });
});

