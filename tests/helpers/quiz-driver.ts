/**
 * Drives the questionnaire at `/` as a person would, by mouse or by keyboard only, and reads
 * back what it shows through the DOM hooks of contract.md (`[data-question]`, its inputs,
 * `[data-action="next"]`) and what is visible (step count, title, focus).
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { isComplete, questionPath, type Answers, type QuestionId } from '../../src/engine/answers.ts';
import { recommend } from '../../src/engine/recommend.ts';
import { toQuery } from '../../src/engine/url.ts';
import { siteUrl } from './browser.ts';

export type InputMethod = 'mouse' | 'keyboard';
/** An option id, or the `have` ids (`[]` is "none of these"). */
export type AnswerValue = string | readonly string[];

/** The `have` question's "none of these" checkbox. */
const NONE_OF_THESE = 'input[name="have_none"]';
/** How many key presses finding an input may take before the driver gives up. */
const MAX_TABS = 40;
/**
 * Clicks land where a person's would, at the control's place on screen, without Playwright's
 * wait for it to stay still over two animation frames (nothing in the quiz moves; the wait
 * triples a click's cost on a loaded machine). Whatever covers the control gets the click.
 */
const CLICK = { force: true } as const;

/** What the quiz shows right now, as a person would read it. */
export interface QuizView {
  question: QuestionId;
  /** "Question k of n" as shown. */
  step: { step: number; total: number };
  title: string;
  /** The checked option (a list for `have`, `[]` for "none of these"), or null when nothing is. */
  chosen: string | string[] | null;
  /** `heading` when the question's heading has focus, `option:<value>`, `next`, `back`, or the tag. */
  focus: string;
  /** Visible `role=alert` error messages in the question. */
  errors: string[];
}

/** Reads the current step. Runs in the browser: keep it free of outside references. */
export function readQuiz(page: Page): Promise<QuizView> {
  return page.evaluate(() => {
    const form = document.querySelector('[data-question]');
    if (!form) throw new Error(`no [data-question] on ${location.href}`);
    const question = form.getAttribute('data-question') ?? '';
    const count = /Question (\d+) of (\d+)/.exec((form as HTMLElement).innerText) ?? ['', '0', '0'];
    const inputs = Array.from(form.querySelectorAll<HTMLInputElement>(`input[name="${question}"]`));
    const checked = inputs.filter((input) => input.checked).map((input) => input.value);
    const none = form.querySelector<HTMLInputElement>('input[name="have_none"]');
    const chosen = question === 'have'
      ? (none?.checked ? [] : checked.length > 0 ? checked : null)
      : (checked[0] ?? null);
    const active = document.activeElement;
    let focus = active?.localName ?? 'nothing';
    if (active && form.contains(active)) {
      if (active.localName === 'h2') focus = 'heading';
      else if (active instanceof HTMLInputElement) focus = `option:${active.value}`;
      else if (active.getAttribute('data-action')) focus = active.getAttribute('data-action') ?? focus;
    }
    const errors = Array.from(form.querySelectorAll<HTMLElement>('[role="alert"]'))
      .filter((el) => el.offsetParent !== null)
      .map((el) => el.innerText.trim());
    return {
      question: question as QuestionId,
      step: { step: Number(count[1]), total: Number(count[2]) },
      title: document.title,
      chosen,
      focus,
      errors,
    } as QuizView;
  });
}

/**
 * Waits until the quiz has taken over from the server-rendered page: every island hydrated,
 * and the title names the question on screen with its step count. Returns that question.
 */
export async function waitForQuiz(page: Page): Promise<QuestionId> {
  await page.waitForFunction(() => {
    if (document.querySelector('astro-island[ssr], [data-hydrating]')) return false;
    const form = document.querySelector('[data-question]');
    const heading = form?.querySelector('h2')?.textContent?.trim();
    const count = /Question (\d+) of (\d+)/.exec((form as HTMLElement | null)?.innerText ?? '');
    return Boolean(heading && count && document.title.includes(heading) && document.title.includes(`${count[1]} of ${count[2]}`));
  });
  return (await readQuiz(page)).question;
}

/** After confirming `from`: waits for the next question (returned), or for the result page. */
export async function waitForNextStep(page: Page, from: QuestionId): Promise<QuestionId | 'result'> {
  await page.waitForFunction((question) => {
    if (location.pathname.endsWith('/result/')) return true;
    const form = document.querySelector('[data-question]');
    return form !== null && form.getAttribute('data-question') !== question;
  }, from);
  if (new URL(page.url()).pathname.endsWith('/result/')) return 'result';
  return waitForQuiz(page);
}

/** The value `answers` gives `question`, in the shape QuizView.chosen uses. */
export function chosenValue(value: AnswerValue | undefined): string | string[] | null {
  if (value === undefined) return null;
  return typeof value === 'string' ? value : [...value];
}

// ---------------------------------------------------------------------------------------------
// Choosing

/** Describes the focused element for the keyboard driver. */
function focusedInput(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement;
    return active instanceof HTMLInputElement
      ? { name: active.name, value: active.value, checked: active.checked, type: active.type }
      : null;
  });
}

/** Presses Tab until an input named `name` (with `value`, when given) has focus. */
async function tabTo(page: Page, name: string, value?: string): Promise<void> {
  for (let presses = 0; presses <= MAX_TABS; presses += 1) {
    const input = await focusedInput(page);
    if (input?.name === name && (value === undefined || input.value === value)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached input[name="${name}"]${value ? `[value="${value}"]` : ''}`);
}

/** Presses Tab until one of the question's options has focus, choosing nothing. */
export const tabToOptions = (page: Page, question: QuestionId) => tabTo(page, question);

/** The values of the question's inputs, in the order a person tabs or arrows through them. */
function optionOrder(page: Page, question: QuestionId): Promise<string[]> {
  return page.locator(`[data-question="${question}"] input[name="${question}"]`).evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

/** Whether a `have` checkbox (`none` for "none of these") should be ticked for `value`. */
const wantsTicked = (value: readonly string[], option: string) => (option === 'none' ? value.length === 0 : value.includes(option));

async function chooseByMouse(page: Page, question: QuestionId, value: AnswerValue): Promise<void> {
  const form = page.locator(`[data-question="${question}"]`);
  const labelOf = (selector: string) => form.locator('label', { has: page.locator(selector) });
  if (typeof value === 'string') {
    await labelOf(`input[name="${question}"][value="${value}"]`).click(CLICK);
    return;
  }
  // Ticking one box can untick others ("none of these"), so re-read the boxes after each click.
  for (let clicks = 0; clicks <= 9; clicks += 1) {
    const ticked = await form.locator('input[type="checkbox"]').evaluateAll((boxes) =>
      boxes.map((box) => ({ value: (box as HTMLInputElement).value, checked: (box as HTMLInputElement).checked })));
    const wrong = ticked.find((box) => box.checked !== wantsTicked(value, box.value));
    if (!wrong) return;
    await labelOf(wrong.value === 'none' ? NONE_OF_THESE : `input[name="have"][value="${wrong.value}"]`).click(CLICK);
  }
  throw new Error(`could not tick exactly ${JSON.stringify(value)}`);
}

/** Radios by Tab then arrows (Space when arrows do not move); `have` by Tab and Space on each box. */
async function chooseByKeyboard(page: Page, question: QuestionId, value: AnswerValue): Promise<void> {
  const options = await optionOrder(page, question);
  if (typeof value === 'string') {
    await tabTo(page, question);
    const focused = (await focusedInput(page))!;
    const distance = options.indexOf(value) - options.indexOf(focused.value);
    for (let i = 0; i < Math.abs(distance); i += 1) await page.keyboard.press(distance > 0 ? 'ArrowDown' : 'ArrowUp');
    if (!(await focusedInput(page))?.checked) await page.keyboard.press('Space');
    return;
  }
  await tabTo(page, 'have', options[0]);
  for (const [index, option] of [...options, 'none'].entries()) {
    if (index > 0) await page.keyboard.press('Tab');
    const focused = await focusedInput(page);
    if (focused?.value !== option) throw new Error(`expected the "${option}" checkbox to follow, focus is on ${JSON.stringify(focused)}`);
    if (focused.checked !== wantsTicked(value, option)) await page.keyboard.press('Space');
  }
}

/**
 * Answers the question on screen and confirms it. By mouse: clicks the option's label(s) and
 * Next. By keyboard: only Tab, arrows, Space and Enter, from wherever focus is. Checks the
 * choice shows as checked before confirming; returns the step that follows (or `result`).
 */
export async function answerStep(page: Page, question: QuestionId, value: AnswerValue, { by }: { by: InputMethod }): Promise<QuestionId | 'result'> {
  await page.locator(`[data-question="${question}"]`).waitFor();
  if (by === 'mouse') await chooseByMouse(page, question, value);
  else await chooseByKeyboard(page, question, value);
  expect((await readQuiz(page)).chosen, `${question} shows the choice as checked`).toEqual(chosenValue(value));
  if (by === 'mouse') await page.locator(`[data-question="${question}"] [data-action="next"]`).click(CLICK);
  else await page.keyboard.press('Enter');
  return waitForNextStep(page, question);
}

/**
 * Answers every question from the one on screen to the end, asserting that each step shown
 * is the next question of `questionPath(answers)`. Returns the questions it saw, in order.
 */
export async function runQuiz(page: Page, answers: Answers, by: InputMethod): Promise<QuestionId[]> {
  const path = questionPath(answers);
  let shown: QuestionId | 'result' = (await readQuiz(page)).question;
  expect(path, `the quiz opened at ${shown}, which is not on the path`).toContain(shown);
  const seen: QuestionId[] = [];
  for (let index = path.indexOf(shown); index < path.length; index += 1) {
    const question = path[index]!;
    expect(shown, `step ${index + 1} of the path`).toBe(question);
    seen.push(question);
    shown = await answerStep(page, question, answers[question]!, { by });
  }
  expect(shown, 'after the last question').toBe('result');
  return seen;
}

/** Answers `count` questions of the path from the one on screen, by mouse unless told. */
export async function answerSteps(page: Page, answers: Answers, count: number, by: InputMethod = 'mouse'): Promise<QuestionId | 'result'> {
  let shown: QuestionId | 'result' = (await readQuiz(page)).question;
  for (let done = 0; done < count && shown !== 'result'; done += 1) shown = await answerStep(page, shown, answers[shown]!, { by });
  return shown;
}

/** Clicks Back and waits for the previous question. */
export async function goBackAStep(page: Page): Promise<QuestionId> {
  const { question } = await readQuiz(page);
  await page.locator(`[data-question="${question}"] [data-action="back"]`).click(CLICK);
  const shown = await waitForNextStep(page, question);
  if (shown === 'result') throw new Error('Back went to the result');
  return shown;
}

// ---------------------------------------------------------------------------------------------
// The result

/** The result link of `answers` (contract: `/result/?<answers>`); `extra` is what else the link carries (`sent=stage,size`, `compare=…`). */
export const resultUrl = (answers: Answers, extra = '') => siteUrl(`/result/?${[toQuery(answers), extra].filter(Boolean).join('&')}`);

/** The hire order on the result page, as `{ role, group }` in the order shown. */
export async function shownHireOrder(page: Page): Promise<{ role: string; group: string }[]> {
  await page.locator('[data-hire-order] [data-role]').first().waitFor();
  return page.locator('[data-hire-order] [data-role][data-group]').evaluateAll((items) =>
    items.map((item) => ({ role: item.getAttribute('data-role') ?? '', group: item.getAttribute('data-group') ?? '' })));
}

/** The engine's hire order for complete `answers`, as `{ role, group }`. */
export function expectedHireOrder(answers: Answers): { role: string; group: string }[] {
  if (!isComplete(answers)) throw new Error(`incomplete answers: ${JSON.stringify(answers)}`);
  return recommend(answers).hireOrder.map(({ role, group }) => ({ role, group }));
}

/** The page is the result of `answers`: its URL is their share link and it shows their hire order. */
export async function expectResultOf(page: Page, answers: Answers, extra = ''): Promise<{ role: string; group: string }[]> {
  await page.waitForURL((url) => url.pathname.endsWith('/result/'));
  await page.locator('[data-hire-order] [data-role]').first().waitFor();
  // A what-if change updates the page first and the URL right after.
  await expect.poll(() => page.url(), { timeout: 10_000 }).toBe(resultUrl(answers, extra));
  await expect.poll(() => shownHireOrder(page), { timeout: 10_000 }).toEqual(expectedHireOrder(answers));
  return shownHireOrder(page);
}
