/**
 * The intake pack per seat as a recruiter meets it (contract: `/roles/<role-id>/?<answers>`,
 * `[data-intake-pack="<role id>"]`, `[data-intake="<role id>"]` on /share/'s links). One load
 * per view: a seat in the plan (its facts against the engine's, copy as Markdown, print, axe in
 * light and dark at 320 and 1280 px), a seat the plan leaves out, a tampered link, a plain role
 * page (no pack, none of its code or data fetched) and /share/ with every answer set. What each
 * pack says is proved over many answer sets in tests/unit/plan-intake.test.ts.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recommend } from '../../src/engine/recommend.ts';
import { toQuery } from '../../src/engine/url.ts';
import type { RoleId } from '../../src/engine/ids.ts';
import intake from '../../content/intake.json' with { type: 'json' };
import { connectBrowser, siteUrl, watchPage } from '../helpers/browser.ts';
import { checkDom, formatViolations, measureOverflow, runAxe } from '../helpers/axe.ts';
import { htmlComplaints, renderedHtml } from '../helpers/html-rules.ts';
import { PERSONAS } from '../helpers/personas.ts';

const PILOT = PERSONAS[1]!.answers;
const LEAN = PERSONAS[0]!.answers;
const packOf = (role: RoleId) => `[data-intake-pack="${role}"]`;

let browser: Browser;
beforeAll(async () => { browser = await connectBrowser(); });
afterAll(async () => { await browser?.close(); });

/** Opens `path` in a fresh context; `requests` lists every URL the page asked for. */
async function open(path: string, permissions: string[] = []) {
  const context = await browser.newContext({ permissions });
  const page = await context.newPage();
  const problems = watchPage(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(siteUrl(path));
  return { context, page, problems, requests };
}

/** Valid rendered HTML and a sound outline; axe in light and dark at 320 and 1280 px, switched in place; no sideways scroll at 320 px. */
async function expectAccessible(page: Page, label: string) {
  expect.soft(await htmlComplaints(await renderedHtml(page), label)).toBe('');
  const outline = await checkDom(page);
  expect.soft(outline, `${label}: ${outline.join('; ')}`).toEqual([]);
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [320, 1280]) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 900 });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const violations = await runAxe(page);
      expect.soft(violations.length, formatViolations(`${label} · ${scheme} · ${width}px`, violations)).toBe(0);
      if (width === 320) {
        const overflow = await measureOverflow(page);
        expect.soft(overflow.scrollWidth, `${label}: sideways scroll at 320 px: ${overflow.culprits.join(' | ')}`).toBeLessThanOrEqual(overflow.viewport);
      }
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('a seat in the plan', () => {
  it('shows the seat as the plan has it, copies the pack as Markdown, prints the pack alone, and is accessible', async () => {
    const item = recommend(PILOT).hireOrder.find((seat) => seat.role === 'ai-engineer')!;
    const { context, page, problems } = await open(`/roles/ai-engineer/?${toQuery(PILOT)}`, ['clipboard-read', 'clipboard-write']);
    const pack = page.locator(packOf('ai-engineer'));
    await pack.waitFor({ timeout: 15_000 });
    expect(await pack.getAttribute('data-in-plan')).toBe('yes');
    expect(await pack.getAttribute('data-lane')).toBe(item.group);
    expect(await pack.getAttribute('data-commitment')).toBe(item.commitment);
    expect(await pack.getAttribute('data-approach')).toBe(item.then ? `${item.approach}>${item.then}` : item.approach);
    // An augmented seat works by M1 (stages), its hire lands M4-M7 (ops-guide); talent's senior band; talent's five questions.
    expect(await pack.locator('[data-time-to-fill]').textContent()).toContain('M1 augmented, then M4-M7 hired');
    expect(await pack.locator('[data-pay-band="talent"]').textContent()).toContain('$120,000-$250,000+');
    expect(await pack.locator('[data-interview] li').count()).toBe(5);
    expect(await page.locator('[data-notice]').count()).toBe(0);

    await pack.locator('[data-action="copy-intake"]').click();
    await expect.poll(() => pack.locator('.intake-status').textContent(), { timeout: 10_000 }).toBe(intake.actions.copied);
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toBe(await pack.locator('textarea').inputValue());
    expect(markdown.startsWith('# Intake pack: ')).toBe(true);
    expect(markdown).toContain('M4-M7');

    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => [...document.querySelectorAll('main > *')].filter((element) => getComputedStyle(element).display !== 'none').map((element) => element.className));
    expect(printed).toEqual(['intake-root']);
    expect(await pack.locator('.intake-actions').evaluateAll((boxes) => boxes.map((box) => getComputedStyle(box).display))).toEqual(['none', 'none']);
    await page.emulateMedia({ media: 'screen' });

    await expectAccessible(page, 'intake pack');
    expect(problems).toMatchObject({ consoleErrors: [], pageErrors: [], foreignRequests: [] });
    await context.close();
  });
});

describe('a seat the plan leaves out', () => {
  it('says so clearly and links to the whole plan', async () => {
    const plan = recommend(LEAN);
    const role = (['inference-engineer', 'data-scientist', 'ml-engineer', 'security-governance'] as const)
      .find((id) => !plan.hireOrder.some((item) => item.role === id) && !plan.covered.some((covered) => covered.role === id))!;
    expect(role).toBeDefined();
    const { context, page } = await open(`/roles/${role}/?${toQuery(LEAN)}`);
    const pack = page.locator(packOf(role));
    await pack.waitFor({ timeout: 15_000 });
    expect(await pack.getAttribute('data-in-plan')).toBe('no');
    expect(await pack.locator('[data-intake-out]').textContent()).toContain(intake.notInPlan);
    expect(await pack.locator('[data-time-to-fill]').count()).toBe(0);
    expect(await pack.getByRole('link', { name: intake.fullPlan }).getAttribute('href')).toContain(`/result/?${toQuery(LEAN)}`);
    await expectAccessible(page, 'a seat left out');
    await context.close();
  });
});

describe('a tampered link', () => {
  it('gets the site\'s link notice, naming each parameter as text, and no pack', async () => {
    const { context, page, problems } = await open('/roles/mlops-engineer/?stage=pilot&size=galaxy&%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E=1');
    const notice = page.locator('[data-notice]');
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.locator('[data-parameter="size"]').count()).toBe(1);
    expect(await notice.textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.locator('[data-intake-pack]').count()).toBe(0);
    expect(problems.dialogs).toEqual([]);
    await expectAccessible(page, 'a tampered link');
    await context.close();
  });
});

describe('a plain role page', () => {
  it('stays as it was: no pack, and neither the pack\'s code nor its data is fetched', async () => {
    const { context, page, requests } = await open('/roles/ai-engineer/');
    await page.waitForLoadState('networkidle');
    expect(await page.locator('[data-intake-pack], [data-notice]').count()).toBe(0);
    expect(requests.filter((url) => /intake-data\.json|mount\./.test(url))).toEqual([]);
    await context.close();
  });
});

describe('/share/ with every answer set', () => {
  it('lists a link to each seat\'s pack, in the plan\'s order', async () => {
    const { context, page } = await open(`/share/?${toQuery(PILOT)}`);
    const links = page.locator('[data-intake-links] [data-intake]');
    await links.first().waitFor({ timeout: 15_000 });
    const roles = recommend(PILOT).hireOrder.map((item) => item.role);
    expect(await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('data-intake')))).toEqual(roles);
    expect(await links.first().getAttribute('href')).toBe(`/roles/${roles[0]}/?${toQuery(PILOT)}`);
    await expectAccessible(page, '/share/ with intake links');
    await context.close();
  });
});
