/**
 * Drives the questionnaire inside an embed's frame, by mouse or by keyboard only (keys go to
 * whatever has focus, so Tab from the host page enters the frame as a visitor's would).
 */
import type { Frame, Page } from 'playwright-core';
import type { QuestionId } from '../../src/engine/answers.ts';
import type { AnswerValue, InputMethod } from './quiz-driver.ts';

/** The question on screen in the frame, or `result`, once the islands have taken over. */
export async function frameStep(frame: Frame): Promise<QuestionId | 'result'> {
  await frame.waitForFunction(() => !document.querySelector('astro-island[ssr], [data-hydrating]') && document.querySelector('[data-question], [data-plan]'));
  return frame.evaluate(() => (document.querySelector('[data-question]')?.getAttribute('data-question') ?? 'result') as QuestionId | 'result');
}

const focusedInput = (frame: Frame) => frame.evaluate(() => {
  const active = document.activeElement;
  return active instanceof HTMLInputElement ? { name: active.name, value: active.value, checked: active.checked } : null;
});

async function tabTo(page: Page, frame: Frame, name: string, value?: string): Promise<void> {
  for (let presses = 0; presses <= 40; presses += 1) {
    const input = await focusedInput(frame);
    if (input?.name === name && (value === undefined || input.value === value)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached input[name="${name}"] in the frame`);
}

async function chooseByKeyboard(page: Page, frame: Frame, question: QuestionId, value: AnswerValue): Promise<void> {
  const options = await frame.locator(`[data-question="${question}"] input[name="${question}"]`).evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  if (typeof value === 'string') {
    await tabTo(page, frame, question);
    const distance = options.indexOf(value) - options.indexOf((await focusedInput(frame))!.value);
    for (let i = 0; i < Math.abs(distance); i += 1) await page.keyboard.press(distance > 0 ? 'ArrowDown' : 'ArrowUp');
    if (!(await focusedInput(frame))?.checked) await page.keyboard.press('Space');
    return;
  }
  await tabTo(page, frame, 'have', options[0]);
  for (const [index, option] of [...options, 'none'].entries()) {
    if (index > 0) await page.keyboard.press('Tab');
    const focused = await focusedInput(frame);
    const wanted = option === 'none' ? value.length === 0 : value.includes(option);
    if (focused && focused.checked !== wanted) await page.keyboard.press('Space');
  }
}

/** Answers the frame's question and confirms it (Next by mouse, Enter by keyboard); returns what follows. */
export async function answerInFrame(page: Page, frame: Frame, question: QuestionId, value: AnswerValue, by: InputMethod): Promise<QuestionId | 'result'> {
  const form = frame.locator(`[data-question="${question}"]`);
  if (by === 'keyboard') {
    await chooseByKeyboard(page, frame, question, value);
    await page.keyboard.press('Enter');
  } else {
    const values = typeof value === 'string' ? [value] : value.length === 0 ? ['none'] : value;
    for (const option of values) await form.locator(option === 'none' ? 'input[name="have_none"]' : `input[name="${question}"][value="${option}"]`).check();
    await form.locator('[data-action="next"]').click();
  }
  await frame.waitForFunction((from) => document.querySelector('[data-question]')?.getAttribute('data-question') !== from, question);
  return frameStep(frame);
}

/** Clicks Back in the frame; returns the question it reopened. */
export async function backInFrame(frame: Frame): Promise<QuestionId | 'result'> {
  const question = await frameStep(frame);
  await frame.locator(`[data-question="${question}"] [data-action="back"]`).click();
  await frame.waitForFunction((from) => document.querySelector('[data-question]')?.getAttribute('data-question') !== from, question);
  return frameStep(frame);
}

/** The bottom of the frame's content (its `<main>`) and whether the frame scrolls inside. */
export function frameContent(frame: Frame): Promise<{ content: number; innerScroll: boolean; viewport: number }> {
  return frame.evaluate(() => {
    const root = document.documentElement;
    return {
      content: Math.ceil(document.querySelector('main')!.getBoundingClientRect().bottom + scrollY),
      innerScroll: root.scrollHeight > root.clientHeight || root.scrollWidth > root.clientWidth,
      viewport: innerHeight,
    };
  });
}
