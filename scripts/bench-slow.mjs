// The slow phone of `npm run bench`: the quiz on 3G (2 s round trip, 50 kB/s down and up) with
// the CPU slowed 4x, cold cache, no service worker, in the machine's Chromium (playwright-core,
// throttled through CDP: Network.emulateNetworkConditions and Emulation.setCPUThrottlingRate).
// Each load is a new context (an empty cache). Times are from the navigation's start.
//   - `tap`: on `/`, a tap on an option and on Next at time T; how long until question 2 shows;
//   - `prefilled`: a link with answers; when its question (not the first) shows;
//   - the waterfall of one load of `/`: when each request started and ended.
// `node scripts/bench-slow.mjs [dist] [--runs N]` prints them alone (after a build).
import { chromium } from 'playwright-core';

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** 3G as the issue measures it, and a phone's CPU. */
export const SLOW_3G = { offline: false, latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 };
export const CPU_SLOWDOWN = 4;
/** A prefilled link: the first two answers set, so it opens at the third question. */
export const PREFILLED = { query: 'stage=pilot&size=startup', question: 'predictive_roi' };

/** Median of the numbers. */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Runs in the page before anything else: notes, from the navigation's start, each time the
 * question shown (visible, not behind the placeholder) changes.
 */
function watchShown() {
  const shown = [];
  window.__shown = shown;
  let last = '';
  const look = () => {
    const step = document.querySelector('[data-question]');
    const id = step?.checkVisibility({ visibilityProperty: true }) ? step.getAttribute('data-question') : '';
    if (id && id !== last) shown.push({ question: id, at: performance.now() });
    last = id || last;
  };
  new MutationObserver(look).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  // The placeholder's reveal is an animation (no mutation): look on every frame too.
  const frame = () => { look(); requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
}

/** A throttled page in a new context (cold cache, service workers blocked). */
async function slowPage(browser) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  await context.addInitScript(watchShown);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return { context, page };
}

/** When the question `id` was first shown (ms from the navigation's start), waiting up to `timeout`. */
async function shownAt(page, id, timeout = 30_000) {
  const handle = await page.waitForFunction((q) => window.__shown?.find((s) => s.question === q)?.at, id, { timeout, polling: 50 });
  return handle.jsonValue();
}

/** The requests of the page so far: [{ name, start, end }] in ms from the navigation's start. */
function waterfall(page) {
  return page.evaluate(() => [
    ...performance.getEntriesByType('navigation').map((e) => ({ name: new URL(e.name).pathname, start: e.startTime, end: e.responseEnd })),
    ...performance.getEntriesByType('resource').map((e) => ({ name: new URL(e.name).pathname, start: e.startTime, end: e.responseEnd })),
  ]);
}

/** One load of `/`: a tap on the first option and on Next at `tapAt` ms; returns when question 2 showed and the waterfall. */
async function tapRun(browser, origin, tapAt) {
  const { context, page } = await slowPage(browser);
  try {
    await page.goto(`${origin}/`, { waitUntil: 'commit' });
    const started = await page.evaluate(() => performance.timeOrigin); // the navigation's start, on this machine's clock
    const first = await shownAt(page, 'stage');
    // Where a finger would land (the step's layout does not change as the island takes over),
    // then the taps as the browser gets them from a screen, at T: no script of ours in between.
    const box = async (selector) => {
      const b = await page.locator(selector).first().boundingBox();
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    };
    const option = await box('[data-question="stage"] label.option');
    const next = await box('[data-question="stage"] [data-action="next"]');
    await new Promise((done) => setTimeout(done, Math.max(0, tapAt - (Date.now() - started))));
    const tapped = Date.now() - started;
    await page.mouse.click(option.x, option.y);
    await page.mouse.click(next.x, next.y);
    const second = await page.waitForFunction(() => window.__shown?.find((s) => s.question !== 'stage')?.at, null, { timeout: 30_000, polling: 50 }).then((h) => h.jsonValue());
    await page.waitForLoadState('load');
    const hydrated = await page.evaluate(() => document.querySelector('astro-island[ssr]') === null);
    return { first, tapped, second, delay: second - tapped, hydrated, requests: await waterfall(page) };
  } finally {
    await context.close();
  }
}

/** One load of the prefilled link: when its question showed. */
async function prefilledRun(browser, origin) {
  const { context, page } = await slowPage(browser);
  try {
    await page.goto(`${origin}/?${PREFILLED.query}`, { waitUntil: 'commit' });
    const at = await shownAt(page, PREFILLED.question);
    const shown = await page.evaluate(() => window.__shown.map((s) => s.question));
    return { at, shown };
  } finally {
    await context.close();
  }
}

/**
 * The slow phone's numbers, median of `runs` loads each: question 2's delay after a tap at
 * each of `taps` (ms), and when the prefilled link's question shows; plus one waterfall.
 */
export async function measureSlowPhone(origin, { runs = 5, taps = [5000, 7000] } = {}) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS, headless: true });
  try {
    const tapResults = {};
    let sample;
    for (const tapAt of taps) {
      const results = [];
      for (let i = 0; i < runs; i += 1) results.push(await tapRun(browser, origin, tapAt));
      sample ??= results[0];
      tapResults[tapAt] = {
        delays: results.map((r) => r.delay),
        delay: median(results.map((r) => r.delay)),
        firstShown: median(results.map((r) => r.first)),
        wrongFirst: results.filter((r) => r.first > tapAt).length,
      };
    }
    const prefilled = [];
    for (let i = 0; i < runs; i += 1) prefilled.push(await prefilledRun(browser, origin));
    return {
      taps: tapResults,
      prefilled: { times: prefilled.map((r) => r.at), at: median(prefilled.map((r) => r.at)), shown: prefilled.map((r) => r.shown.join('>')) },
      waterfall: sample.requests,
    };
  } finally {
    await browser.close();
  }
}

/** The waterfall as lines: start, end, path. */
export function formatWaterfall(requests) {
  return requests
    .sort((a, b) => a.start - b.start)
    .map((r) => `    ${(r.start / 1000).toFixed(2).padStart(6)} s → ${(r.end / 1000).toFixed(2).padStart(6)} s  ${r.name}`)
    .join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { serveStatic } = await import('./serve.mjs');
  const root = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'dist';
  const runsAt = process.argv.indexOf('--runs');
  const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 5;
  const { url, server } = await serveStatic(root, 0, { gzip: !process.argv.includes('--no-gzip') });
  try {
    const result = await measureSlowPhone(url, { runs });
    for (const [tapAt, r] of Object.entries(result.taps)) {
      console.log(`tap at ${tapAt / 1000} s: question 2 after ${(r.delay / 1000).toFixed(2)} s (median; ${r.delays.map((d) => (d / 1000).toFixed(2)).join(' ')}), question 1 shown at ${(r.firstShown / 1000).toFixed(2)} s`);
    }
    console.log(`prefilled link's question shown at ${(result.prefilled.at / 1000).toFixed(2)} s (median; ${result.prefilled.times.map((d) => (d / 1000).toFixed(2)).join(' ')}); shown: ${result.prefilled.shown[0]}`);
    console.log(`waterfall of one load of /:\n${formatWaterfall(result.waterfall)}`);
  } finally {
    server.close();
  }
}
