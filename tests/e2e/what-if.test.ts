/**
 * The what-if panel in real Chromium: for every question and every option, on a seeded
 * sample of results, changing the control gives the plan /result/ gives for the changed
 * answers (the engine is the oracle), the live region names exactly the seats that moved,
 * and the URL is the changed answers' share link. Flip points are one-click what-ifs.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPTIONS, QUESTION_IDS, questionPath, withAnswer, type CompleteAnswers, type QuestionId } from '../../src/engine/answers.ts';
import { ROLE_IDS } from '../../src/engine/ids.ts';
import { recommend } from '../../src/engine/recommend.ts';
import { toQuery } from '../../src/engine/url.ts';
import { connectBrowser, siteUrl, watchPage } from '../helpers/browser.ts';
import { PERSONAS } from '../helpers/personas.ts';
import { sampleAnswerSets } from '../helpers/sample.ts';
import { resultUrl } from '../helpers/quiz-driver.ts';
import { loadList } from '../helpers/content-files.ts';

/** Question 1's short name, as the flip points word it (content/questions.yaml). */
const AI_STAGE = String((await loadList('content/questions.yaml')).find((q) => q.id === 'stage')!.short);

let browser: Browser;
beforeAll(async () => { browser = await connectBrowser(); });
afterAll(async () => { await browser?.close(); });

/** Two personas and a seeded draw: every option of every question is changed on each (the unit tests prove the engine over the whole space; here, that the panel shows it). */
const SAMPLE: CompleteAnswers[] = [PERSONAS[1]!.answers, PERSONAS[5]!.answers, ...sampleAnswerSets(1, 99)];

/** Role names as the page shows them (the role pages' <h1> is the long title; the chips use short names). */
async function roleNames(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => Object.fromEntries(Array.from(document.querySelectorAll('[data-hire-order] [data-role]'), (el) => [el.getAttribute('data-role'), el.querySelector('h4 a')?.textContent ?? ''])));
}

const planOf = (page: Page) => page.locator('[data-plan] [data-role]').evaluateAll((chips) => chips.map((chip) => `${chip.closest('[data-lane]')?.getAttribute('data-lane')}:${chip.getAttribute('data-role')}`));
const expectedPlan = (answers: CompleteAnswers) => recommend(answers).hireOrder.map((item) => `${item.group}:${item.role}`);

describe('the what-if panel', () => {
  it.each(SAMPLE.map((answers, index) => [index, answers] as const))('answer set %i: every option of every question updates plan, words and URL', async (_, start) => {
    const page = await browser.newPage();
    const problems = watchPage(page);
    await page.goto(resultUrl(start));
    await page.locator('[data-plan]').waitFor();
    const panel = page.locator('[data-what-if]');
    await panel.locator('summary').click();
    // Names of every role the page can show, read once from a result that has them all.
    let current = start;
    let names = await roleNames(page);
    for (const question of QUESTION_IDS.filter((q) => q !== 'have')) {
      for (const option of OPTIONS[question]) {
        // Conditional questions come and go with earlier answers, as in the quiz.
        if (!questionPath(current).includes(question) || current[question] === option) continue;
        const before = recommend(current);
        let next = withAnswer(current, question, option as never) as CompleteAnswers;
        await panel.locator(`input[name="${question}"][value="${option}"]`).check();
        // A change that opens a conditional question waits for it: answer its first option.
        for (const opened of questionPath(next).filter((q) => next[q] === undefined) as QuestionId[]) {
          const first = OPTIONS[opened][0]!;
          await panel.locator(`input[name="${opened}"][value="${first}"]`).check();
          next = withAnswer(next, opened, first as never) as CompleteAnswers;
        }
        await expect.poll(() => planOf(page), { message: `${question}=${option}` }).toEqual(expectedPlan(next));
        await expect.poll(() => page.url()).toBe(resultUrl(next));
        names = { ...names, ...(await roleNames(page)) };
        const after = recommend(next);
        const moved = ROLE_IDS.filter((role) => {
          const was = before.hireOrder.find((i) => i.role === role);
          const is = after.hireOrder.find((i) => i.role === role);
          return (was === undefined) !== (is === undefined) || (was && is && was.group !== is.group);
        });
        const said = (await panel.locator('[aria-live]').textContent()) ?? '';
        for (const role of moved) expect(said, `${question}=${option} names ${role}`).toContain(names[role] ?? role);
        current = next;
      }
    }
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await page.close();
  });

  it('redraws the whole result at once on a change that adds seats: the list stays marked, every part below it stays', async () => {
    // A regulated domain adds a seat to this startup's plan (the engine is the oracle, checked first).
    const start: CompleteAnswers = { stage: 'production', size: 'growth', predictive_roi: 'no', integration_speed: 'yes', agentic: 'yes', regulated: 'no', have: [], urgency: 'quarter' };
    const change = { question: 'regulated', option: 'yes', next: { ...start, regulated: 'yes' } as CompleteAnswers };
    expect(recommend(change.next).hireOrder.length).toBeGreaterThan(recommend(start).hireOrder.length);
    const page = await browser.newPage();
    await page.goto(resultUrl(start));
    await page.locator('[data-hire-order]').waitFor();
    await page.locator('[data-what-if] summary').click();
    // From here on, every DOM change is checked: the list keeps its mark and the last part stays.
    await page.evaluate(() => {
      const w = window as unknown as { gaps: string[] };
      w.gaps = [];
      new MutationObserver(() => {
        if (!document.querySelector('[data-hire-order]')) w.gaps.push('[data-hire-order]');
        if (!document.querySelector('[data-action="restart"]')) w.gaps.push('restart');
        if (!document.getElementById('answers-title')) w.gaps.push('your answers');
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page.locator(`[data-what-if] input[name="${change.question}"][value="${change.option}"]`).check();
    const next = change.next as CompleteAnswers;
    await expect.poll(() => planOf(page)).toEqual(expectedPlan(next));
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { gaps: string[] }).gaps)).toEqual([]);
    expect(await page.locator('[data-hire-order] [data-role]').count()).toBe(recommend(next).hireOrder.length);
    await page.close();
  });

  it('ticks and unticks who is in-house, with "none of these"', async () => {
    const start = PERSONAS[0]!.answers;
    const page = await browser.newPage();
    await page.goto(resultUrl(start));
    const panel = page.locator('[data-what-if]');
    await panel.locator('summary').click();
    await panel.locator('input[name="have"][value="ai"]').check();
    const withAi = { ...start, have: [...start.have, 'ai' as const] };
    await expect.poll(() => planOf(page)).toEqual(expectedPlan(withAi));
    await panel.locator('input[name="have_none"]').check();
    await expect.poll(() => planOf(page)).toEqual(expectedPlan({ ...start, have: [] }));
    await expect.poll(() => page.url()).toBe(siteUrl(`/result/?${toQuery({ ...start, have: [] })}`));
    await page.close();
  });

  it('keeps the words of a change in view on a phone, beside the control changed at the top of the panel', async () => {
    const start = PERSONAS[1]!.answers;
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(resultUrl(start));
    const panel = page.locator('[data-what-if]');
    await panel.locator('summary').click();
    const other = OPTIONS.stage.find((stage) => stage !== start.stage)!;
    const control = panel.locator(`input[name="stage"][value="${other}"]`);
    await control.scrollIntoViewIfNeeded();
    await control.check();
    const status = panel.locator('.what-if-status');
    await expect.poll(() => status.textContent()).not.toBe('');
    const box = (await status.boundingBox())!;
    expect(box.y, 'the status line starts on screen').toBeGreaterThanOrEqual(0);
    expect(box.y + box.height, 'and ends on screen').toBeLessThanOrEqual(844);
    await page.close();
  });

  it('applies a flip point with one click, and the seat moves as it said', async () => {
    // Version 3's flip points never change `regulated` (domain.md); rule 5: in production MLOps
    // is in now. A later stage is an allowed flip, and production_soon drops out past a pilot.
    const start = PERSONAS[6]!.answers; // the regulated healthtech pilot, not yet heading for production
    const page = await browser.newPage();
    await page.goto(resultUrl(start));
    const item = page.locator('[data-hire-order] [data-role="mlops-engineer"]');
    await item.locator('summary').click();
    const flip = item.locator('.flips li', { hasText: `to ${AI_STAGE}:` }).first();
    await flip.waitFor();
    expect(await flip.textContent()).toMatch(/moves from next to now/);
    await flip.locator('[data-action="try-flip"]').click();
    const { production_soon: _dropped, ...live } = start;
    await expect.poll(() => planOf(page)).toEqual(expectedPlan({ ...live, stage: 'production' }));
    await page.close();
  });
});
