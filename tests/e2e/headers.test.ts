/**
 * The site as deployed with deploy/nginx.conf, served by a real nginx: every built page (found
 * at run time, so a new page is covered without touching this file) loads once and runs with
 * no CSP violation, one heading, a title, English, no console or page error and no request to
 * another host (a role page with its job-description starter); the quiz and a sandboxed embed
 * work under the real headers, only /embed/ can be framed by another site, and the security
 * and content-type headers are there.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoleId } from '../../src/engine/ids.ts';
import { toQuery } from '../../src/engine/url.ts';
import { connectBrowser, watchPage } from '../helpers/browser.ts';
import { answersWith } from '../helpers/domain.ts';
import { startNginx, type RunningNginx } from '../helpers/nginx.ts';
import { expectedHireOrder, runQuiz, shownHireOrder, waitForQuiz } from '../helpers/quiz-driver.ts';
import { expectStarter } from '../helpers/role-starter.ts';

const dist = resolve(process.env.SITE_DIR ?? 'dist');
const ANSWERS = answersWith({ stage: 'production', size: 'growth', regulated: 'yes', have: ['software'] });

/** Site paths of the built pages: `roles/ai-engineer/index.html` -> `/roles/ai-engineer/`, plus `/404.html`. */
function builtPages(): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => {
      const path = relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/');
      return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
    })
    .sort();
}

let browser: Browser;
let site: RunningNginx;
let root: string;
let host: { url: string; server: Server };
/** Host pages (another origin, no CSP of its own) by path. */
const hostPages = new Map<string, string>();

beforeAll(async () => {
  // A copy of the build, with stand-ins for the loader and the oEmbed JSON until they are built.
  root = await mkdtemp(join(tmpdir(), 'hire-order-site-'));
  await cp(dist, root, { recursive: true });
  if (!existsSync(join(root, 'embed.js'))) await writeFile(join(root, 'embed.js'), '/* stand-in for the host loader */\n');
  if (!existsSync(join(root, 'oembed', 'quiz.json'))) {
    await mkdir(join(root, 'oembed'), { recursive: true });
    await writeFile(join(root, 'oembed', 'quiz.json'), '{"version":"1.0","type":"rich"}\n');
  }
  site = await startNginx(root);
  const server = createServer((request, response) => {
    const page = hostPages.get(new URL(request.url ?? '/', 'http://x').pathname);
    response.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(page ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  host = { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, server };
  browser = await connectBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await new Promise<void>((done) => (host ? host.server.close(() => done()) : done()));
  if (root) await rm(root, { recursive: true, force: true });
});

/**
 * A new page that records every CSP violation in any of its frames: the browser's
 * `securitypolicyviolation` events and its console's CSP errors (e.g. a refused frame).
 */
async function watchedPage(): Promise<{ page: Page; violations: string[] }> {
  const page = await browser.newPage();
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) => { violations.push(text); });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation;
      void report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} in ${event.documentURI} (${event.sample})`);
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  return { page, violations };
}

/** The CSP source that allows an inline script or style with this text. */
const cspHash = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
/** The sources of one directive of a policy (`[]` when it has none). */
function sources(policy: string, directive: string): string[] {
  const found = policy.split(';').map((part) => part.trim().split(/\s+/)).find(([name]) => name === directive);
  return found?.slice(1) ?? [];
}

/** Waits until every island of the document has hydrated. */
async function hydrated(target: Page | Frame): Promise<void> {
  await target.waitForFunction(() => document.readyState === 'complete' && !document.querySelector('astro-island[ssr]'));
}

/** Serves a host page on the other origin; returns its URL. */
function hostPage(name: string, body: string): string {
  hostPages.set(`/${name}`, `<!doctype html><html lang="en"><title>A blog post</title><body>${body}</body></html>`);
  return `${host.url}/${name}`;
}

/** The frame showing `path` of the site, once it has one. */
async function frameOf(page: Page, path: string): Promise<Frame> {
  const wanted = `${site.url}${path}`;
  await expect.poll(() => page.frames().some((frame) => frame.url().startsWith(wanted))).toBe(true);
  return page.frames().find((frame) => frame.url().startsWith(wanted))!;
}

describe('served by nginx with deploy/nginx.conf', () => {
  const pages = builtPages();
  const withState = [`/?stage=pilot&size=startup`, `/result/?${toQuery(ANSWERS)}`, `/embed/?theme=dark&${toQuery(ANSWERS)}`, '/no-such-page/'];

  it('serves the whole build', () => {
    expect(pages).toEqual(expect.arrayContaining(['/', '/404.html', '/embed/', '/result/', '/how-it-works/']));
  });

  // Concurrent: most of the time goes in waiting for pages to load and hydrate. Each page loads
  // once, and that load is checked for everything a page owes: headers, outline, errors.
  it.concurrent.for([...pages, ...withState])('loads %s with no CSP violation, one heading, a title, English, and nothing broken', async (path, { expect }) => {
    const { page, violations } = await watchedPage();
    const problems = watchPage(page, site.url);
    const response = await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(path === '/no-such-page/' ? 404 : 200);
    await hydrated(page);
    // Astro writes its CSP <meta> at the end of <head>: what comes before it runs unchecked, so
    // every inline script and style must also carry its hash, or a CSP header would block it.
    const { policy, scripts, styles } = await page.evaluate(() => ({
      policy: document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '',
      scripts: [...document.querySelectorAll('script:not([src])')].map((script) => script.textContent ?? ''),
      styles: [...document.querySelectorAll('style')].map((style) => style.textContent ?? ''),
    }));
    expect(scripts.map(cspHash).filter((hash) => !sources(policy, 'script-src').includes(`'${hash}'`)), 'inline scripts without a hash').toEqual([]);
    expect(styles.map(cspHash).filter((hash) => !sources(policy, 'style-src').includes(`'${hash}'`)), 'inline styles without a hash').toEqual([]);
    // Islands render after hydration: one <h1> once they have, a title, English.
    await expect.poll(() => page.locator('h1').count(), { message: `<h1> elements on ${path}`, timeout: 5000 }).toBe(1);
    expect(await page.locator('head > title').count()).toBe(1);
    expect((await page.title()).trim()).not.toBe('');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const role = /^\/roles\/([a-z-]+)\/$/.exec(path)?.[1];
    if (role) await expectStarter(page, role as RoleId);
    await page.close();
    expect(violations).toEqual([]);
    // A missing page is answered 404, which the browser logs as an error: that one is expected.
    const consoleErrors = problems.consoleErrors.filter((text) => !(path === '/no-such-page/' && /status of 404/.test(text)));
    expect({ ...problems, consoleErrors }).toEqual({ consoleErrors: [], pageErrors: [], foreignRequests: [], dialogs: [] });
  });

  it('walks the quiz to a result under the real headers', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${site.url}/`);
    await waitForQuiz(page);
    await runQuiz(page, ANSWERS, 'mouse');
    await page.waitForURL((url) => url.pathname === '/result/');
    expect(await shownHireOrder(page)).toEqual(expectedHireOrder(ANSWERS));
    await page.close();
    expect(violations).toEqual([]);
  });

  it('lets another site frame /embed/, even in a sandboxed frame whose scripts come over CORS', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(hostPage('sandboxed', `<iframe sandbox="allow-scripts allow-forms" src="${site.url}/embed/?embed_id=post-7" title="Plan your AI hires"></iframe>`));
    const frame = await frameOf(page, '/embed/');
    await frame.waitForSelector('[data-question="stage"]');
    await hydrated(frame);
    await frame.check('input[name="stage"][value="pilot"]');
    await frame.click('[data-action="next"]');
    await frame.waitForSelector('[data-question="size"]'); // the island's scripts run
    await page.close();
    expect(violations).toEqual([]);
  });

  it('lets a host page with an opaque origin frame /embed/ (no frame-ancestors on it)', async () => {
    const { page, violations } = await watchedPage();
    const inner = `<iframe src='${site.url}/embed/' title='Plan your AI hires'></iframe>`;
    await page.goto(hostPage('opaque', `<iframe sandbox="allow-scripts" srcdoc="${inner}" title="Preview"></iframe>`));
    const frame = await frameOf(page, '/embed/');
    await frame.waitForSelector('[data-question="stage"]');
    await page.close();
    expect(violations).toEqual([]);
  });

  it.each(['/', '/result/', '/how-it-works/'])('refuses to be framed by another site on %s', async (path) => {
    const { page, violations } = await watchedPage();
    await page.goto(hostPage(`frames${path.replaceAll('/', '-')}`, `<iframe src="${site.url}${path}" title="Framed"></iframe>`));
    await expect.poll(() => violations.some((text) => text.includes('frame-ancestors'))).toBe(true);
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    expect(await frame?.evaluate(() => document.querySelector('main') !== null).catch(() => false)).toBe(false);
    await page.close();
  });

  it('sends nosniff, the referrer policy and the frame rules on pages', async () => {
    for (const path of ['/', '/result/?stage=pilot', '/embed/', '/roles/ai-engineer/', '/no-such-page/']) {
      const headers = Object.fromEntries((await fetch(`${site.url}${path}`)).headers);
      expect(headers, path).toMatchObject({ 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' });
      expect(headers['content-type'], path).toBe('text/html; charset=utf-8');
      const framedByAnyone = path.startsWith('/embed/');
      expect(headers['content-security-policy'], path).toBe(framedByAnyone ? undefined : "frame-ancestors 'self'");
      expect(headers['x-frame-options'], path).toBe(framedByAnyone ? undefined : 'SAMEORIGIN');
    }
  });

  it('serves JavaScript and JSON with their types, readable from any origin', async () => {
    const script = (await readdir(join(root, '_astro'))).find((name) => name.endsWith('.js'));
    const cases: [string, string][] = [[`/_astro/${script}`, 'text/javascript'], ['/embed.js', 'text/javascript'], ['/oembed/quiz.json', 'application/json']];
    for (const [path, type] of cases) {
      const response = await fetch(`${site.url}${path}`, { headers: { origin: 'null' } });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe(`${type}; charset=utf-8`);
      expect(response.headers.get('access-control-allow-origin'), path).toBe('*');
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });
});
