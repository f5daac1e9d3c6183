/** Starting again, and history that outlives an answer: what the browser's buttons do then. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, siteUrl, watchPage } from '../helpers/browser.ts';
import { answerSteps, readQuiz, runQuiz, waitForQuiz } from '../helpers/quiz-driver.ts';
import { answersWith } from '../helpers/domain.ts';
import { toQuery } from '../../src/engine/url.ts';

let browser: Browser;
beforeAll(async () => { browser = await connectBrowser(); });
afterAll(async () => { await browser?.close(); });

async function freshPage(path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watchPage(page);
  await page.goto(siteUrl(path));
  await waitForQuiz(page);
  return { context, page, problems };
}

describe('the questionnaire over time', () => {
  it('starts again from the result with nothing chosen and nothing restored on reload', async () => {
    const answers = answersWith({ stage: 'production', have: ['software'] });
    const { context, page, problems } = await freshPage('/');
    await runQuiz(page, answers, 'mouse');
    await page.locator('[data-hire-order]').waitFor();
    await page.click('[data-action="restart"]');
    await waitForQuiz(page);
    expect(await readQuiz(page)).toMatchObject({ question: 'stage', chosen: null });
    await page.goto(siteUrl('/'));
    await waitForQuiz(page);
    expect(await readQuiz(page)).toMatchObject({ question: 'stage', chosen: null });
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it('takes browser Back to the nearest question still asked, never to the result, when a change dropped one', async () => {
    const answers = answersWith({ stage: 'pilot', production_soon: 'yes' });
    const { context, page } = await freshPage(`/?${toQuery(answers)}#q=production_soon`);
    // Back through the app to the first question and make production_soon no longer apply.
    for (let step = 0; step < 5; step += 1) await page.click('[data-action="back"]');
    expect((await readQuiz(page)).question).toBe('stage');
    await page.check('input[name="stage"][value="scale"]');
    await page.click('[data-action="next"]');
    await page.locator('[data-question="size"]').waitFor();
    // Browser Back walks the six entries back to the one that showed production_soon.
    const shown = [];
    for (let step = 0; step < 6; step += 1) {
      await page.goBack();
      shown.push(await waitForQuiz(page));
      expect(page.url()).not.toContain('/result/');
    }
    expect(shown).toEqual(['stage', 'size', 'predictive_roi', 'integration_speed', 'agentic', 'agentic']);
    await context.close();
  });

  it('keeps an embed out of the host page history', async () => {
    const { context, page } = await freshPage('/embed/');
    const before = await page.evaluate(() => history.length);
    await answerSteps(page, answersWith({}), 3);
    expect(await page.evaluate(() => history.length)).toBe(before);
    expect((await readQuiz(page)).question).toBe('integration_speed'); // stage, size, predictive_roi answered
    await context.close();
  });
});
