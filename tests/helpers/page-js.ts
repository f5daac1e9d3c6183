/**
 * The JavaScript a built page runs: its inline scripts, and every file its scripts and islands
 * load (component, renderer, `<script src>`), followed through static and dynamic imports.
 */
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { join } from 'node:path';

/** Where a page's own HTML points to JavaScript. */
const PAGE_REFS = /(?:component-url|renderer-url|before-hydration-url)="([^"]+)"|<script\b[^>]*\bsrc="([^"]+)"/g;
/** `from"./x.js"`, `import"./x.js"`, `import(\`./x.js\`)` in the built chunks. */
const IMPORTS = /(?:from|import)\s*\(?\s*["'`]([^"'`]+\.js)["'`]/g;
const INLINE = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

export interface PageJs {
  /** Site paths of the files, e.g. `/_astro/client.abc.js`. */
  files: string[];
  /** The text of its inline scripts, joined. */
  inline: string;
}

/** The JavaScript of the page at `route` (e.g. `/share/`) in the built site at `siteDir`. */
export function pageJs(siteDir: string, route: string): PageJs {
  const html = readFileSync(join(siteDir, route, 'index.html'), 'utf8');
  const files = new Set<string>();
  const visit = (path: string) => {
    if (files.has(path)) return;
    files.add(path);
    const code = readFileSync(join(siteDir, path), 'utf8');
    for (const [, ref] of code.matchAll(IMPORTS)) visit(posix.resolve(posix.dirname(path), ref!));
  };
  for (const [, island, script] of html.matchAll(PAGE_REFS)) visit(posix.resolve(route, island ?? script!));
  const inline = [...html.matchAll(INLINE)].map(([, code]) => code).join('\n');
  return { files: [...files].sort(), inline };
}

/** The files' text and the inline scripts, for size and content checks. */
export function pageJsText(siteDir: string, js: PageJs): string {
  return [js.inline, ...js.files.map((path) => readFileSync(join(siteDir, path), 'utf8'))].join('\n');
}
