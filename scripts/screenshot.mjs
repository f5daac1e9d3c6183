// Screenshots of the built site for the README: `npm run screenshots` (builds first).
// Usage: node scripts/screenshot.mjs [site-dir] [path] [out.png] [width] [screen]
// With only a site dir (default dist): the README set; with a path: that page, full length
// (or its first 844 px screen with `screen`, e.g. for the before/after pair of an older build).
import { chromium } from 'playwright-core';
import { serveStatic } from './serve.mjs';
import { LARGEST } from './bench-browser.mjs';

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const RESULT = 'stage=pilot&size=growth&predictive_roi=yes&data_sufficiency=no&integration_speed=yes&agentic=yes&production_soon=yes&regulated=yes&have=software,product&urgency=quarter&v=3';
const SHOTS = [
  { path: '/', out: 'docs/screenshot-step.png', width: 390, full: false },
  // The builder with a few answers, a label and a note: two columns, the link panel beside the answers.
  { path: '/share/?stage=pilot&size=startup&agentic=yes&from=Ana%20(Acme%20Talent)&note=Three%20minutes%2C%20and%20you%20get%20a%20hire%20order%20to%20discuss%20on%20Thursday.', out: 'docs/screenshot-share.png', width: 1280, full: false },
  { path: `/result/?${RESULT}`, out: 'docs/screenshot-result.png', width: 1000, full: false },
  // The first screen of the largest result on a phone (scripts/bench-browser.mjs measures it).
  { path: `/result/?${LARGEST}`, out: 'docs/screenshot-result-phone.png', width: 390, height: 844, full: false },
];

const [siteDir = 'dist', path, out, width, screen] = process.argv.slice(2);
const shots = path ? [{ path, out: out ?? '/tmp/shot.png', width: Number(width ?? 1000), height: 844, full: screen !== 'screen' }] : SHOTS;
const { url, server } = await serveStatic(siteDir);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS });
try {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height ?? 860 }, deviceScaleFactor: 1 });
    await page.goto(url + shot.path, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    await page.screenshot({ path: shot.out, fullPage: shot.full });
    console.log(`${shot.out} ← ${shot.path}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
