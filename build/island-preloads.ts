/**
 * `<link rel="modulepreload">` for every module an island needs to hydrate, written into each
 * built page's <head> (Astro 7 writes none). Without them the browser finds an island's code one
 * level of imports at a time: the component, then its chunks, then theirs, a round trip each,
 * which on a slow network is most of the wait (README, "Slow networks"). With them it asks for
 * the whole graph at once, as soon as it reads the head.
 *
 * The graph is the client build's own (Rolldown's chunk `imports`, the static ones: code a page
 * loads later through `import()` is not preloaded), recorded while the client bundle is written
 * and applied to the HTML once the build is done. Classic scripts are left alone.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Chunk file (relative to the output folder, e.g. `_astro/x.js`) → the chunks it imports statically. */
export type ChunkGraph = ReadonlyMap<string, readonly string[]>;

/** The `astro-island` attributes naming a module to load, and a module script's `src`. */
const ISLAND_MODULE = /\s(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g;
const MODULE_SCRIPT = /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g;
const PRELOADED = /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g;

/** The modules a page's islands and module scripts start from, as written in its HTML (URLs). */
export function moduleEntries(html: string): string[] {
  return [...new Set([...html.matchAll(ISLAND_MODULE), ...html.matchAll(MODULE_SCRIPT)].map((match) => match[1]!))];
}

/** The chunks `entries` load before running (themselves first, then their static imports, breadth first). */
export function staticClosure(entries: readonly string[], graph: ChunkGraph): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...(graph.get(file) ?? []));
  }
  return [...seen];
}

/**
 * The page with a modulepreload link for each module its islands load before they run, placed
 * first in its <head>, right after the charset: before the inline styles and scripts, which a
 * slow phone takes a while to parse, so the requests leave as soon as the head arrives. (The
 * page's CSP <meta> comes later and so does not cover these requests: they are the build's own
 * files on this origin, which its `script-src 'self'` allows anyway.) `base` is the site's base
 * path (`/` or `/sub/`); URLs outside it are left alone. Links already there are not repeated.
 */
export function withPreloads(html: string, graph: ChunkGraph, base: string): string {
  const toFile = (url: string) => (url.startsWith(base) ? decodeURIComponent(url.slice(base.length)) : null);
  const entries = moduleEntries(html).map(toFile).filter((file): file is string => file !== null);
  if (entries.length === 0) return html;
  const already = new Set([...html.matchAll(PRELOADED)].map((match) => toFile(match[1]!)));
  const links = staticClosure(entries, graph)
    .filter((file) => !already.has(file))
    .map((file) => `<link rel="modulepreload" href="${base}${encodeURI(file)}">`)
    .join('');
  if (!links) return html;
  const charset = /<meta charset="[^"]*">/i.exec(html);
  const at = charset ? charset.index + charset[0].length : html.indexOf('</head>');
  return `${html.slice(0, at)}${links}${html.slice(at)}`;
}

/** Every .html file under `root`, as paths. */
async function htmlFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true });
  return entries.filter((file) => file.endsWith('.html')).map((file) => join(root, file));
}

/** The integration: records the client chunk graph, then writes the preloads into every page. */
export function islandPreloads(): AstroIntegration {
  const graph = new Map<string, string[]>();
  let base = '/';
  return {
    name: 'hire-order:island-preloads',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        updateConfig({
          vite: {
            plugins: [{
              name: 'hire-order:chunk-graph',
              applyToEnvironment: (environment) => environment.name === 'client',
              generateBundle(_options, bundle) {
                for (const output of Object.values(bundle)) {
                  if (output.type === 'chunk') graph.set(output.fileName, [...output.imports]);
                }
              },
            }],
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        let pages = 0;
        for (const file of await htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const next = withPreloads(html, graph, base);
          if (next !== html) {
            await writeFile(file, next);
            pages += 1;
          }
        }
        logger.info(`modulepreload links written into ${pages} page(s)`);
      },
    },
  };
}
