// Picks the bench's largest result (scripts/bench-browser.mjs `LARGEST`): the tallest result page
// at 390 px among a seeded sample of the answer space plus the current pick, measured as the
// bench measures it (scrolled through once, so every section has its real height).
//   node scripts/tallest-result.mjs [dist] [count]   (after a build; npm run build needs SITE_URL)
import { chromium } from 'playwright-core';
import { serveStatic } from './serve.mjs';
import { LARGEST, pageHeight } from './bench-browser.mjs';
import { sampleAnswerSets } from '../tests/helpers/sample.ts';
import { toQuery } from '../src/engine/url.ts';

const [dist = 'dist', count = '60'] = process.argv.slice(2);
const SEED = 20261206;
const candidates = [LARGEST, ...sampleAnswerSets(Number(count), SEED).map((answers) => toQuery(answers).replace(/&v=\d+$/, ''))];

const { url, server } = await serveStatic(dist);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  const heights = [];
  for (const query of candidates) {
    await page.goto(`${url}/result/?${query}`);
    await page.locator('[data-plan] [data-role]').first().waitFor();
    await page.waitForTimeout(300);
    const height = await pageHeight(page);
    const seats = await page.locator('[data-plan] [data-role]').count();
    heights.push({ query, height, seats });
  }
  heights.sort((a, b) => b.height - a.height);
  console.log(`${candidates.length} results (seed ${SEED}); tallest first:`);
  for (const { query, height, seats } of heights.slice(0, 5)) console.log(`  ${height} px, ${seats} seats: ${query}${query === LARGEST ? '  (current LARGEST)' : ''}`);
  const current = heights.find((entry) => entry.query === LARGEST);
  console.log(`current LARGEST: ${current.height} px, rank ${heights.indexOf(current) + 1}`);
} finally {
  await browser.close();
  server.close();
}
