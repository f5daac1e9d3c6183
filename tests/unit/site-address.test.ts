/**
 * The site's address (src/embed/site-root.ts, astro.config.mjs): a build without SITE_URL stops
 * with a message naming it, instead of writing a local address into every embed and preview.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { LOCAL_SITE_URL, isLocalSite, siteRoot, siteUrlForCommand, siteUrlFrom } from '../../src/embed/site-root.ts';

describe('the site address a build reads', () => {
  it('is SITE_URL, as given', () => {
    expect(siteUrlFrom({ SITE_URL: 'https://hire-order.example' }).href).toBe('https://hire-order.example/');
    expect(siteUrlFrom({ SITE_URL: ' https://hire-order.example/tools/ ' }).href).toBe('https://hire-order.example/tools/');
  });

  it.each([undefined, '', '   '])('stops a build when SITE_URL is %o, naming the variable and what it is for', (value) => {
    expect(() => siteUrlFrom({ SITE_URL: value })).toThrow(/SITE_URL is not set.*oEmbed.*og:image.*SITE_URL=https:\/\/your\.host npm run build/);
    expect(() => siteUrlForCommand('build', { SITE_URL: value })).toThrow(/SITE_URL/);
  });

  it.each(['hire-order.example', '/tools/', 'ftp://hire-order.example', 'https://user:pw@hire-order.example', 'https://hire-order.example/?a=1', 'https://hire-order.example/#x'])(
    'stops a build on %o, which is not a public http(s) address',
    (value) => {
      expect(() => siteUrlFrom({ SITE_URL: value })).toThrow(/SITE_URL/);
    },
  );

  it('lets the dev server, astro preview and astro check run without it, on the local address', () => {
    for (const command of ['dev', 'preview', 'sync']) expect(siteUrlForCommand(command, {}).href).toBe(`${LOCAL_SITE_URL}/`);
    expect(siteUrlForCommand('dev', { SITE_URL: 'https://hire-order.example' }).href).toBe('https://hire-order.example/');
  });

  it('tells a local build (npm start, the tests) from a deployed one', () => {
    expect(isLocalSite(new URL(LOCAL_SITE_URL))).toBe(true);
    expect(isLocalSite(new URL('http://localhost:8080'))).toBe(true);
    expect(isLocalSite(new URL('https://hire-order.example'))).toBe(false);
  });

  it('roots the site under the base path', () => {
    expect(siteRoot(new URL('https://hire-order.example'), '/tools/').href).toBe('https://hire-order.example/tools/');
    expect(() => siteRoot(undefined, '/')).toThrow(/SITE_URL/);
  });
});

describe('npm run build without SITE_URL', () => {
  it('exits non-zero before writing anything, with a message naming SITE_URL', async () => {
    const { SITE_URL: _unset, ...inherited } = process.env;
    const env = { ...inherited, ASTRO_TELEMETRY_DISABLED: '1' };
    const run = promisify(execFile)('npx', ['astro', 'build', '--outDir', '.scratch/no-site-url'], { env, encoding: 'utf8' });
    const failure = await run.then(() => null, (error: { code: number; stdout: string; stderr: string }) => error);
    expect(failure, 'the build succeeded without SITE_URL').not.toBeNull();
    expect(failure!.code).not.toBe(0);
    expect(`${failure!.stdout}${failure!.stderr}`).toMatch(/SITE_URL is not set/);
  });
});
