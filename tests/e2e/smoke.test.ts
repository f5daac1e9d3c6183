/**
 * The quiz and a result, end to end: the quick check of `npm run test:quick` (which runs this
 * file after the unit tests on a sample), and one of the full runs of `npm test` (the others
 * are in quiz.test.ts). A founder answers every question by mouse along a path through both
 * conditional questions, lands on the result, and the result's link opened afresh shows the
 * same hire order; no console error, page error, dialog or request to another host on the way.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, siteUrl, watchPage } from '../helpers/browser.ts';
import { answersWith } from '../helpers/domain.ts';
import { expectResultOf, resultUrl, runQuiz, shownHireOrder, waitForQuiz } from '../helpers/quiz-driver.ts';

let browser: Browser;
beforeAll(async () => { browser = await connectBrowser(); });
afterAll(async () => { await browser?.close(); });

describe('answering every question', () => {
  it('takes an exploring startup with a predictive task and the data for it, nobody in-house, by mouse, along its path to its share link and hire order', async () => {
    const answers = answersWith({ stage: 'exploring', predictive_roi: 'yes', data_sufficiency: 'yes', integration_speed: 'no', agentic: 'no', production_soon: 'yes', have: [] });
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watchPage(page);
    await page.goto(siteUrl('/'));
    await waitForQuiz(page);

    // Both conditional questions are on this path: all ten, in domain.md's order.
    expect(await runQuiz(page, answers, 'mouse')).toEqual([
      'stage', 'size', 'predictive_roi', 'data_sufficiency', 'integration_speed', 'agentic', 'production_soon', 'regulated', 'have', 'urgency',
    ]);
    const shown = await expectResultOf(page, answers);

    // The link is the result: opening it afresh shows the same hire order.
    const direct = await context.newPage();
    const directProblems = watchPage(direct);
    await direct.goto(resultUrl(answers));
    expect(await shownHireOrder(direct)).toEqual(shown);
    for (const seen of [problems, directProblems]) expect(seen).toEqual({ consoleErrors: [], pageErrors: [], foreignRequests: [], dialogs: [] });
    await context.close();
  });
});
