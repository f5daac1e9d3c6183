// The browser half of `npm run bench`: what a person on a phone gets from the result page,
// measured in the machine's Chromium (playwright-core) against the served build.
//   - what-if at 4x CPU slowdown, median of 20, the hiring plan's timeline open: a change of answer recomputed and rendered into
//     the DOM (the budget), the same change to the frame after it (the browser's style, layout and
//     paint added), and, for scale, that frame for a one-word change made directly on the page;
//   - the plan of the largest result fits one 390 x 844 screen;
//   - that result page at 390 px, against its height before the plan-first redesign.
import { chromium } from 'playwright-core';

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * The tallest result page at 390 px under model version 3 (`node scripts/tallest-result.mjs dist
 * 80`, 2026-12-06: the tallest of 80 seeded answer sets and the earlier pick, 5,565 px): a
 * regulated pilot startup with a predictive task but not the data, ML engineers and others
 * in-house. Rule 18's part-time seats and "sources differ" notes make a startup's seat cards the
 * longest; the earlier pick (an enterprise, 12 seats) is now 4,676 px, 29th.
 */
export const LARGEST = 'stage=pilot&size=startup&predictive_roi=yes&data_sufficiency=no&integration_speed=yes&agentic=unsure&production_soon=no&regulated=yes&have=software,design,devops,ml&urgency=flexible';
/**
 * The largest result page at 390 px before the redesign (commit 2cc446f, model version 1, the
 * earlier pick's answers, measured with this script's page-height method on 2026-12-01): the
 * tallest result now must stay within half of it.
 */
export const HEIGHT_BEFORE = 11_385;

/** Median of the numbers. */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * A result page's height: sections below the plan are laid out near the viewport only
 * (content-visibility: auto), so the page is scrolled through once, as a reader would, for each
 * to have its real height; then back to the top.
 */
export async function pageHeight(page) {
  return page.evaluate(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += 400) {
      window.scrollTo(0, y);
      await frame();
    }
    window.scrollTo(0, 0);
    await frame();
    return document.documentElement.scrollHeight;
  });
}

export async function measureInBrowser(origin) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${origin}/result/?${LARGEST}`);
    await page.locator('[data-plan] [data-role]').first().waitFor();
    await page.waitForTimeout(1500); // flip points and fonts settle
    const planBottom = await page.evaluate(() => document.querySelector('[data-plan]').getBoundingClientRect().bottom + window.scrollY);
    const height = await pageHeight(page);

    // What-if at 4x CPU: flip the urgency between two answers 20 times. Each change is timed
    // from the click to the page's last DOM change (the engine, the signals and Preact's render,
    // all in that task and its microtasks: a MutationObserver notes the last one), and to the
    // next task after it, which Chromium runs after painting the frame it owes.
    // With the hiring plan's timeline open (a phone starts with it closed), so each change
    // redraws the timeline too.
    const timeline = page.locator('details.plan-timeline');
    await timeline.waitFor();
    if (!(await timeline.evaluate((details) => details.open))) await timeline.locator('summary').click();
    await page.locator('[data-timeline] [data-role]').first().waitFor();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.locator('[data-what-if] > summary').click();
    const timed = await page.evaluate(async () => {
      const nextTask = () => new Promise((done) => setTimeout(done, 0));
      const settle = () => new Promise((done) => setTimeout(done, 150)); // idle work (flip points, the seat list) runs between changes
      let lastChange = 0;
      const observer = new MutationObserver(() => { lastChange = performance.now(); });
      observer.observe(document.querySelector('main') ?? document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      const render = [];
      const frame = [];
      for (let i = 0; i < 20; i += 1) {
        const value = i % 2 === 0 ? 'flexible' : 'weeks';
        const input = document.querySelector(`[data-what-if] input[name="urgency"][value="${value}"]`);
        const started = performance.now();
        lastChange = started;
        input.click();
        await nextTask();
        render.push(lastChange - started);
        frame.push(performance.now() - started);
        await settle();
      }
      observer.disconnect();
      // The same frame for a one-word change made directly (no engine, no Preact): what the
      // browser alone takes to show any change on this page at this slowdown.
      const floor = [];
      const status = document.querySelector('.what-if-status');
      for (let i = 0; i < 20; i += 1) {
        const started = performance.now();
        status.textContent = i % 2 === 0 ? 'Changed.' : 'Changed again.';
        await nextTask();
        floor.push(performance.now() - started);
        await settle();
      }
      return { render, frame, floor };
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return {
      planBottom,
      height,
      whatIfMedian: median(timed.render),
      whatIfTimes: timed.render,
      whatIfFrameMedian: median(timed.frame),
      oneWordFrameMedian: median(timed.floor),
    };
  } finally {
    await browser.close();
  }
}
