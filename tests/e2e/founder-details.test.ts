/**
 * A founder's details (issue 17), in real Chromium: "start over" on a quiz that reopened saved
 * answers; the last step's bar on one row at 320 px; a question on the first screen at 200%
 * zoom (640 x 360); an older link's "rules changed" notice on the quiz and on its result; the
 * printed link wrapping only between its parts.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompleteAnswers } from '../../src/engine/answers.ts';
import { toQuery } from '../../src/engine/url.ts';
import { connectBrowser, siteUrl } from '../helpers/browser.ts';
import { answerStep, waitForQuiz } from '../helpers/quiz-driver.ts';

const COMPLETE: CompleteAnswers = {
  stage: 'pilot', size: 'startup', predictive_roi: 'no', integration_speed: 'yes', agentic: 'no', production_soon: 'yes', regulated: 'no', have: [], urgency: 'weeks',
};
const { urgency: _, ...ALL_BUT_LAST } = COMPLETE;

let browser: Browser;
beforeAll(async () => { browser = await connectBrowser(); });
afterAll(async () => { await browser?.close(); });

describe("the quiz's details", () => {
  it('says when it reopened saved answers, and starts over for another company (answers and rates forgotten)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(siteUrl('/'));
    await waitForQuiz(page);
    await answerStep(page, 'stage', 'production', { by: 'mouse' });
    await page.evaluate(() => localStorage.setItem('hire-order:rates', '{}'));
    await page.goto(siteUrl('/'));
    expect(await waitForQuiz(page)).toBe('size');
    const startOver = page.locator('[data-action="start-over"]');
    expect(await startOver.isVisible()).toBe(true);
    expect(await page.locator('.start-over').innerText()).toMatch(/saved earlier on this device/);
    await startOver.click();
    await expect.poll(() => page.locator('[data-question]').getAttribute('data-question')).toBe('stage');
    expect(await page.locator('input[name="stage"]:checked').count()).toBe(0);
    expect(await page.evaluate(() => [localStorage.getItem('hire-order:rates'), localStorage.getItem('hire-order:progress') ?? ''])).toEqual([null, expect.not.stringContaining('stage=')]);
    await page.goto(siteUrl('/'));
    expect(await waitForQuiz(page)).toBe('stage');
    await context.close();
  });

  it('keeps Back and "See my hire order" on one row at 320 px, under the options', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 568 } });
    await page.goto(siteUrl(`/?${toQuery(ALL_BUT_LAST)}#q=urgency`));
    await waitForQuiz(page);
    const tops = await page.locator('[data-question] .actions .button').evaluateAll((buttons) => buttons.map((button) => Math.round(button.getBoundingClientRect().top)));
    expect(tops.length).toBe(2);
    expect(new Set(tops).size, 'one row').toBe(1);
    await page.close();
  });

  it('shows the first question on the first screen at 200% zoom (640 x 360)', async () => {
    const page = await browser.newPage({ viewport: { width: 640, height: 360 } });
    await page.goto(siteUrl('/'));
    await waitForQuiz(page);
    const { heading, bar } = await page.evaluate(() => ({
      heading: document.querySelector('[data-question] h2')!.getBoundingClientRect().bottom,
      bar: document.querySelector('[data-question] .actions')!.getBoundingClientRect().top,
    }));
    expect(heading).toBeLessThanOrEqual(Math.min(bar, 360));
    await page.close();
  });

  it("says an older link's rules changed on the quiz's first step, and again on the result it leads to", async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl(`/?${toQuery(ALL_BUT_LAST).replace(/v=\d+/, 'v=1')}`));
    await waitForQuiz(page);
    expect(await page.locator('[data-notice]').innerText()).toContain('v=1');
    expect(await answerStep(page, 'urgency', 'weeks', { by: 'mouse' })).toBe('result');
    await page.locator('[data-plan]').waitFor();
    expect(new URL(page.url()).searchParams.get('v')).toBe('1');
    expect(await page.locator('[data-notice]').innerText()).toContain('v=1');
    await page.close();
  });

  it('prints the result link whole: a line ends only after ? & , or /', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(siteUrl(`/result/?${toQuery({ ...COMPLETE, have: ['software', 'data', 'product', 'design', 'devops', 'data-science'] })}`));
    await page.locator('[data-plan]').waitFor();
    await page.emulateMedia({ media: 'print' });
    await page.locator('.print-url').waitFor({ state: 'visible' });
    const split = await page.locator('.print-url').evaluate((link) => [...link.childNodes].filter((node) => {
      if (node.nodeType !== Node.TEXT_NODE) return false;
      const range = document.createRange();
      range.selectNodeContents(node);
      return range.getClientRects().length > 1;
    }).map((node) => node.textContent));
    expect(split).toEqual([]);
    expect((await page.locator('.print-url').innerText()).replace(/\s/g, '')).toBe(page.url());
    await page.close();
  });
});
