import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

const CHROMIUM_PATHS = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

// Flags for a sandboxed machine with no network but loopback (see DEVELOPERS.md).
const CHROMIUM_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Launches the machine's Chromium; fails with the command that installs it. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = CHROMIUM_PATHS.find((path) => path && existsSync(path));
  if (!executablePath) throw new Error('Chromium not found: `apt-get install -y chromium` (or set CHROMIUM_PATH).');
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS, headless: true });
}

/** The URL of the served build, e.g. `siteUrl('/result/?stage=pilot')`. */
export function siteUrl(path = '/'): string {
  return new URL(path, inject('siteUrl')).toString();
}

/** Collects console errors, page errors and requests to other hosts while a test runs. */
export function watchPage(page: Page) {
  const problems = { consoleErrors: [] as string[], pageErrors: [] as string[], foreignRequests: [] as string[], dialogs: [] as string[] };
  const ownOrigin = new URL(inject('siteUrl')).origin;
  page.on('console', (message) => { if (message.type() === 'error') problems.consoleErrors.push(message.text()); });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('dialog', (dialog) => { problems.dialogs.push(dialog.message()); void dialog.dismiss(); });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== ownOrigin) problems.foreignRequests.push(url);
  });
  return problems;
}
