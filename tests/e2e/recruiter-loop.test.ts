/**
 * The recruiter's loop in real Chromium (contract.md, "Sender's parameters"): the sender's name
 * and note shown on the quiz with or without preset answers and on the result, as text only;
 * never kept on the device, so a later link (or none) shows no one; kept through a what-if;
 * "send this plan back" as a mail to `reply=` and as text to copy, with the plan's link.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompleteAnswers } from '../../src/engine/answers.ts';
import { toQuery } from '../../src/engine/url.ts';
import { connectBrowser, siteUrl, watchPage } from '../helpers/browser.ts';
import { answerStep, waitForQuiz } from '../helpers/quiz-driver.ts';

const NO_PROBLEMS = { consoleErrors: [], pageErrors: [], foreignRequests: [], dialogs: [] };
const COMPLETE: CompleteAnswers = {
  stage: 'pilot', size: 'startup', predictive_roi: 'no', integration_speed: 'yes', agentic: 'no', production_soon: 'yes', regulated: 'no', have: [], urgency: 'weeks',
};
/** A note that would be markup if it were ever rendered as HTML. */
const NOTE = 'Hi <b>Sam</b>, two minutes!';
const SENDER = `from=${encodeURIComponent('Dana (Acme Talent)')}&note=${encodeURIComponent(NOTE)}`;

let browser: Browser;
beforeAll(async () => { browser = await connectBrowser(); });
afterAll(async () => { await browser?.close(); });

/** The sender's box on the page: its text, and whether it holds any element made from the link. */
const senderShown = (page: Page) => page.evaluate(() => {
  const box = document.querySelector('[data-sender]');
  return box ? { text: (box as HTMLElement).innerText.replace(/\s+/g, ' '), markup: box.querySelector('b') !== null } : null;
});

describe("a link's sender", () => {
  it('shows on a link that sets no answer, and never on a later link or a plain visit on that device', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watchPage(page);
    await page.goto(siteUrl(`/?${SENDER}`));
    await waitForQuiz(page);
    expect(await senderShown(page)).toEqual({ text: expect.stringMatching(/Dana \(Acme Talent\).*Hi <b>Sam<\/b>, two minutes!/), markup: false });
    // Answer one step: progress is saved on this device, the sender is not.
    await answerStep(page, 'stage', 'pilot', { by: 'mouse' });
    expect(new URL(page.url()).searchParams.get('from')).toBe('Dana (Acme Talent)');
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(stored).toContain('stage=pilot');
    expect(stored).not.toMatch(/Dana|Sam|from=|note=/);
    for (const later of ['/', '/?size=growth', `/?from=${encodeURIComponent('Eve')}`]) {
      await page.goto(siteUrl(later));
      await waitForQuiz(page);
      const shown = await senderShown(page);
      expect(shown?.text ?? '', later).not.toMatch(/Dana|Sam/);
      if (later.includes('Eve')) expect(shown?.text).toContain('Eve');
    }
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('reaches the result, stays through a what-if, and sends the plan back by mail or as text', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const problems = watchPage(page);
    const { urgency: _, ...allButLast } = COMPLETE;
    await page.goto(siteUrl(`/?${toQuery(allButLast)}&${SENDER}&reply=${encodeURIComponent('dana+hire@acme-talent.com')}`));
    await waitForQuiz(page);
    expect((await senderShown(page))?.text).toContain('Dana (Acme Talent)');
    expect(await answerStep(page, 'urgency', 'weeks', { by: 'mouse' })).toBe('result');
    await page.locator('[data-plan]').waitFor();
    // The sender's box is drawn by the result's island, a moment after the plan it follows.
    await page.locator('[data-sender]').waitFor();
    expect(await senderShown(page)).toEqual({ text: expect.stringMatching(/Dana \(Acme Talent\).*Hi <b>Sam<\/b>, two minutes!/), markup: false });

    const planLink = siteUrl(`/result/?${toQuery(COMPLETE)}`);
    const mail = new URL((await page.locator('[data-action="reply"]').getAttribute('href'))!);
    expect(mail.protocol).toBe('mailto:');
    expect(decodeURIComponent(mail.pathname)).toBe('dana+hire@acme-talent.com');
    expect(mail.searchParams.get('body')).toContain(planLink);
    expect(await page.locator('[data-action="reply"]').innerText()).toContain('dana+hire@acme-talent.com');
    await page.locator('[data-action="reply-copy"]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(mail.searchParams.get('body'));

    // A what-if keeps the sender (in the URL and on the page); the reply carries the changed plan.
    await page.locator('[data-what-if] summary').click();
    await page.locator('[data-what-if] input[name="size"][value="growth"]').check();
    await expect.poll(() => new URL(page.url()).searchParams.get('size')).toBe('growth');
    expect(new URL(page.url()).searchParams.get('note')).toBe(NOTE);
    expect((await senderShown(page))?.text).toContain('Dana (Acme Talent)');
    const changed = new URL((await page.locator('[data-action="reply"]').getAttribute('href'))!);
    expect(changed.searchParams.get('body')).toContain(siteUrl(`/result/?${toQuery({ ...COMPLETE, size: 'growth' })}`));
    expect(problems).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('addresses no one when the link gave no reply address, and shows nothing on a plain result', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl(`/result/?${toQuery(COMPLETE)}&from=Dana&reply=not-an-address`));
    await page.locator('[data-plan]').waitFor();
    const mail = new URL((await page.locator('[data-action="reply"]').getAttribute('href'))!);
    expect(mail.pathname).toBe('');
    await page.goto(siteUrl(`/result/?${toQuery(COMPLETE)}`));
    await page.locator('[data-plan]').waitFor();
    expect(await page.locator('[data-sender], [data-action="reply"], [data-action="reply-copy"]').count()).toBe(0);
    await page.close();
  });
});
