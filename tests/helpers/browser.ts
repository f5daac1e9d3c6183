import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

/**
 * The run's Chromium (launched once by tests/helpers/browser-server.ts), connected for this
 * file. `close()` on it closes this file's contexts and disconnects; the browser stays up.
 */
export function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserEndpoint'));
}

/** The URL of the served build, e.g. `siteUrl('/result/?stage=pilot')`. */
export function siteUrl(path = '/'): string {
  return new URL(path, inject('siteUrl')).toString();
}

/** Collects console errors, page errors and requests to other hosts than `site` (the served build by default) while a test runs. */
export function watchPage(page: Page, site: string = inject('siteUrl')) {
  const problems = { consoleErrors: [] as string[], pageErrors: [] as string[], foreignRequests: [] as string[], dialogs: [] as string[] };
  const ownOrigin = new URL(site).origin;
  page.on('console', (message) => { if (message.type() === 'error') problems.consoleErrors.push(message.text()); });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('dialog', (dialog) => { problems.dialogs.push(dialog.message()); void dialog.dismiss(); });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== ownOrigin) problems.foreignRequests.push(url);
  });
  return problems;
}
