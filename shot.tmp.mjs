import { chromium } from 'playwright-core';
import { serveStatic } from './scripts/serve.mjs';
const { url, server } = await serveStatic('dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new'] });
const q = 'stage=pilot&size=startup&predictive_roi=yes&data_sufficiency=yes&integration_speed=no&agentic=no&production_soon=yes&regulated=yes&have=none&urgency=weeks';
for (const [w, scheme, sel, out, extra] of [[1280, 'light', '.plan-timeline', '/tmp/tl-1280.png', ''], [320, 'dark', '.plan-timeline', '/tmp/tl-320.png', ''], [1280, 'light', '.plan-cost', '/tmp/cost-1280.png', ''], [1280, 'dark', '[data-compare]', '/tmp/cmp-1280.png', '&compare=' + encodeURIComponent(q.replace('weeks', 'flexible'))]]) {
  const page = await browser.newPage({ viewport: { width: w, height: 900 }, colorScheme: scheme });
  await page.goto(`${url}/result/?${q}${extra}`);
  await page.locator('[data-plan]').waitFor();
  if (w < 600) await page.locator(`${sel} > summary`).click();
  await page.waitForTimeout(1500);
  await page.locator(sel).screenshot({ path: out });
  await page.close();
}
await browser.close(); server.close();
