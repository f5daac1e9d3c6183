// The browser half of `npm run bench`: what a person on a phone gets from the result page,
// measured in the machine's Chromium (playwright-core) against the served build.
//   - what-if: a change of answer, recomputed and rendered, median of 20, at 4x CPU slowdown;
//   - the plan of the largest result fits one 390 x 844 screen;
//   - that result page at 390 px, against its height before the plan-first redesign.
import { chromium } from 'playwright-core';

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The result with the most seats (12) and several warnings and disagreements. */
export const LARGEST = 'stage=pilot&size=enterprise&predictive_roi=yes&data_sufficiency=yes&integration_speed=yes&agentic=no&production_soon=no&regulated=yes&have=none&urgency=weeks';
/**
 * The same answers' result page at 390 px before the redesign (commit 2cc446f, model version 1,
 * measured with this script's page-height method on 2026-12-01): the bar the new page must halve.
 */
export const HEIGHT_BEFORE = 11_385;

/** Median of the numbers. */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function measureInBrowser(origin) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${origin}/result/?${LARGEST}`);
    await page.locator('[data-plan] [data-role]').first().waitFor();
    await page.waitForTimeout(1500); // flip points and fonts settle
    const planBottom = await page.evaluate(() => document.querySelector('[data-plan]').getBoundingClientRect().bottom + window.scrollY);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);

    // What-if at 4x CPU: flip the urgency between two answers 20 times, timing each from the
    // change to the end of the render that follows (microtasks and the next task drained).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.locator('[data-what-if] > summary').click();
    const times = await page.evaluate(async () => {
      const wait = () => new Promise((done) => setTimeout(done, 0));
      const out = [];
      for (let i = 0; i < 20; i += 1) {
        const value = i % 2 === 0 ? 'flexible' : 'weeks';
        const input = document.querySelector(`[data-what-if] input[name="urgency"][value="${value}"]`);
        const started = performance.now();
        input.click();
        await wait();
        out.push(performance.now() - started);
        await new Promise((done) => setTimeout(done, 150)); // let idle work (flip points) run between changes
      }
      return out;
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return { planBottom, height, whatIfMedian: median(times), whatIfTimes: times };
  } finally {
    await browser.close();
  }
}
