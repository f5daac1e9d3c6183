import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    browserEndpoint: string;
  }
}

const CHROMIUM_PATHS = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

// Flags for a sandboxed machine with no network but loopback (see DEVELOPERS.md).
const CHROMIUM_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/**
 * Global setup of the e2e project: one Chromium for every e2e file (a new one per file cost
 * seconds each), served on loopback; each file connects with `connectBrowser()` and each test
 * still gets a fresh context. Fails with the command that installs Chromium when there is none.
 */
export default async function setup(project: TestProject) {
  const executablePath = CHROMIUM_PATHS.find((path) => path && existsSync(path));
  if (!executablePath) throw new Error('Chromium not found: `apt-get install -y chromium` (or set CHROMIUM_PATH).');
  const server = await chromium.launchServer({ executablePath, args: CHROMIUM_FLAGS, headless: true, host: '127.0.0.1' });
  project.provide('browserEndpoint', server.wsEndpoint());
  return () => server.close();
}
