// Size and Lighthouse budgets for the built site: `npm run bench` (builds first; not part of `npm test`).
//
// 1. Bytes per page, gzip level 9, for every HTML page in dist/:
//    HTML  the page itself;
//    JS    <script src>, <link rel="modulepreload">, astro-island component-url / renderer-url /
//          before-hydration-url, followed through their static imports, plus inline <script>s;
//    CSS   <link rel="stylesheet"> plus inline <style>s.
//    Each file counts once per page. Inline code sits inside the HTML, so "total" (what the browser
//    transfers) = HTML + external files only, and "requests" = 1 + external JS + external CSS files.
// 2. The quiz on a slow phone (scripts/bench-slow.mjs): 3G and 4x CPU, cold cache, no service worker.
// 3. Lighthouse 13, default (mobile, simulated throttling) config, on `/` and one result page,
//    served from dist/ on 127.0.0.1 by scripts/serve.mjs, in headless Chromium with no network.
// Exits 1 when any budget below is broken.
import { rmSync } from 'node:fs';
import { cp, mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveStatic } from './serve.mjs';
import { HEIGHT_BEFORE, measureInBrowser } from './bench-browser.mjs';
import { CPU_SLOWDOWN, PREFILLED, SLOW_3G, formatWaterfall, measureSlowPhone } from './bench-slow.mjs';

// ── Budgets (gzip bytes; KB = 1024 bytes) ────────────────────────────────────────────────────────
const KB = 1024;
/** JS a page loads before anything is asked of it (statically imported; code loaded later, such as the embed's result, is not counted). */
const JS_BUDGETS = { '/': 30 * KB, '/share/': 30 * KB, '/result/': 30 * KB };
const EMBED_JS_RATIO = 1.1; // `/embed/` before its result: at most 10% above `/`
const LOADER_BUDGET = 1 * KB; // /embed.js, the host loader
const WHAT_IF_BUDGET_MS = 16; // a what-if change, recomputed and rendered into the DOM, median of 20 at 4x CPU
const PHONE_SCREEN = 844; // the largest result's plan fits one 390 x 844 screen
const HEIGHT_RATIO = 0.5; // that result page at 390 px: at most half as tall as before the redesign
const PAGE_JS_BUDGET = 60 * KB; // JS of any page
const PAGE_HTML_BUDGET = 30 * KB; // HTML of any page
const PAGE_CSS_BUDGET = 15 * KB; // CSS of any page
/** The slow phone (3G: 2 s round trip, 50 kB/s; 4x CPU; cold cache, no service worker), median of 5 loads each. */
const SLOW_TAPS_MS = [5000, 7000]; // a tap on an option and Next at each of these times after the navigation starts…
const SLOW_TAP_BUDGET_MS = 1000; // …shows question 2 within this
const SLOW_PREFILLED_BUDGET_MS = 5000; // a prefilled link's question shown by then
const SLOW_RUNS = 5;
const LH_MIN_SCORE = 0.95; // every Lighthouse category, on every audited page
const LH_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const LH_PAGES = [
  { path: '/', noindex: false },
  // Result pages carry <meta name="robots" content="noindex"> on purpose (they are personal links
  // that must not be indexed), which fails Lighthouse's SEO audit "is-crawlable"; see below.
  { path: '/result/?stage=pilot&size=growth&predictive_roi=yes&data_sufficiency=no&integration_speed=yes&agentic=yes&production_soon=yes&regulated=yes&have=software,product&urgency=quarter&v=3', noindex: true },
];
const LH_TIMEOUT_MS = 120_000; // per Lighthouse run
const LH_PERF_RUNS = 3; // when performance misses the budget, re-run it up to this many times: median
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// Measure a snapshot of dist/: other builds in this checkout may rewrite dist/ while Lighthouse runs.
const DIST = await mkdtemp(join(tmpdir(), 'bench-dist-'));
process.on('exit', () => rmSync(DIST, { recursive: true, force: true }));
await cp('dist', DIST, { recursive: true });
let checked = 0;
const broken = [];
/** Records one budget check; returns a short verdict for printing. */
function check(ok, what) {
  checked += 1;
  if (!ok) broken.push(what);
  return ok ? 'ok' : 'OVER BUDGET';
}

const gz = (text) => gzipSync(text, { level: 9 }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const pad = (value, width) => String(value).padStart(width);

const urlOf = (file) => '/' + relative(DIST, file).split(sep).join('/');
/** `dist/result/index.html` → `/result/`; `dist/404.html` → `/404.html`. */
function pagePath(file) {
  const path = urlOf(file);
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Same-origin URL (relative to `base`) → file in dist/; other origins → null. */
function toFile(url, base) {
  const resolved = new URL(url, `http://site${base}`);
  return resolved.host === 'site' ? join(DIST, decodeURIComponent(resolved.pathname)) : null;
}

/** Tags named `name` in `html` (quote-aware), each as a map of its attributes. */
function tags(html, name) {
  const found = [];
  for (const [, attrs] of html.matchAll(new RegExp(`<${name}\\b((?:[^>"']|"[^"]*"|'[^']*')*)>`, 'gi'))) {
    const map = {};
    for (const [, key, dq, sq, bare] of attrs.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      map[key.toLowerCase()] = (dq ?? sq ?? bare ?? '').replaceAll('&amp;', '&');
    }
    found.push(map);
  }
  return found;
}

/** Relative or root-relative specifiers of the static `import … from` / `import "…"` / `export … from`. */
const STATIC_IMPORT = /(?<![\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']((?:\.{1,2}\/|\/)[^"']+)["']/g;
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** Measures one page: { path, html, js, css, total, requests, jsFiles: [{ file, gz }], missing }. */
async function measurePage(file) {
  const path = pagePath(file);
  const html = await readFile(file, 'utf8');
  const jsFiles = new Map(); // file → gz bytes
  const cssFiles = new Map();
  const missing = [];
  const addJs = async (target) => {
    if (!target || jsFiles.has(target)) return;
    const code = await readFile(target, 'utf8').catch(() => null);
    if (code === null) return void missing.push(target);
    jsFiles.set(target, gz(code));
    for (const [, spec] of code.matchAll(STATIC_IMPORT)) await addJs(toFile(spec, urlOf(target)));
  };

  const entries = [
    ...tags(html, 'script').map((t) => t.src),
    ...tags(html, 'link').filter((t) => /\bmodulepreload\b/i.test(t.rel ?? '')).map((t) => t.href),
    ...tags(html, 'astro-island').flatMap((t) => [t['component-url'], t['renderer-url'], t['before-hydration-url']]),
  ].filter(Boolean);
  for (const url of entries) await addJs(toFile(url, path));
  for (const link of tags(html, 'link').filter((t) => /\bstylesheet\b/i.test(t.rel ?? '') && t.href)) {
    const target = toFile(link.href, path);
    if (!target || cssFiles.has(target)) continue;
    const css = await readFile(target, 'utf8').catch(() => null);
    if (css === null) missing.push(target);
    else cssFiles.set(target, gz(css));
  }

  let inlineJs = 0;
  for (const [, attrs, body] of html.matchAll(/<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script>/gi)) {
    const type = (/\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs)?.[1] ?? '').toLowerCase();
    if (!/\bsrc\s*=/i.test(attrs) && JS_TYPES.has(type) && body.trim()) inlineJs += gz(body);
  }
  let inlineCss = 0;
  for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) if (body.trim()) inlineCss += gz(body);

  const sum = (map) => [...map.values()].reduce((a, b) => a + b, 0);
  const htmlGz = gz(html);
  return {
    path, html: htmlGz, js: sum(jsFiles) + inlineJs, css: sum(cssFiles) + inlineCss,
    total: htmlGz + sum(jsFiles) + sum(cssFiles), requests: 1 + jsFiles.size + cssFiles.size,
    jsFiles: [...jsFiles].map(([f, bytes]) => ({ file: urlOf(f), gz: bytes })),
    inlineJs, missing,
  };
}

// ── 1. Bytes ─────────────────────────────────────────────────────────────────────────────────────
const pages = [];
for (const file of await readdir(DIST, { recursive: true })) if (file.endsWith('.html')) pages.push(await measurePage(join(DIST, file)));
pages.sort((a, b) => a.path.localeCompare(b.path));
if (pages.length === 0) throw new Error(`no HTML pages in dist/ — run astro build first`);

console.log('\nBytes per page (gzip -9; JS and CSS include inline code; total = HTML + external files)\n');
const width = Math.max(4, ...pages.map((p) => p.path.length));
console.log(`${'page'.padEnd(width)}  ${pad('HTML gz', 9)}  ${pad('JS gz', 9)}  ${pad('CSS gz', 9)}  ${pad('total', 9)}  requests  verdict`);
for (const p of pages) {
  const verdicts = [
    check(p.html <= PAGE_HTML_BUDGET, `${p.path}: HTML ${kb(p.html)} > ${kb(PAGE_HTML_BUDGET)}`),
    check(p.js <= PAGE_JS_BUDGET, `${p.path}: JS ${kb(p.js)} > ${kb(PAGE_JS_BUDGET)}`),
    check(p.css <= PAGE_CSS_BUDGET, `${p.path}: CSS ${kb(p.css)} > ${kb(PAGE_CSS_BUDGET)}`),
  ];
  const verdict = verdicts.every((v) => v === 'ok') ? 'ok' : 'OVER BUDGET';
  console.log(`${p.path.padEnd(width)}  ${pad(kb(p.html), 9)}  ${pad(kb(p.js), 9)}  ${pad(kb(p.css), 9)}  ${pad(kb(p.total), 9)}  ${pad(p.requests, 8)}  ${verdict}`);
  for (const m of p.missing) console.log(`  warning: ${p.path} references ${urlOf(m)}, which is not in dist/`);
}
console.log(`Budgets per page: HTML ≤ ${kb(PAGE_HTML_BUDGET)}, JS ≤ ${kb(PAGE_JS_BUDGET)}, CSS ≤ ${kb(PAGE_CSS_BUDGET)}.`);

console.log('\nJS budgets (gzip, before anything is asked of the page):');
for (const [path, budget] of Object.entries(JS_BUDGETS)) {
  const p = pages.find((page) => page.path === path);
  if (!p) { check(false, `${path}: not in dist/`); continue; }
  console.log(`  ${path.padEnd(10)} ${pad(kb(p.js), 9)}  budget ${kb(budget)}: ${check(p.js <= budget, `${path}: JS ${kb(p.js)} > ${kb(budget)}`)}`);
  for (const f of [...p.jsFiles].sort((x, y) => y.gz - x.gz)) console.log(`    ${pad(kb(f.gz), 9)}  ${f.file}`);
}
const quiz = pages.find((p) => p.path === '/');
const embed = pages.find((p) => p.path === '/embed/');
if (quiz && embed) {
  const limit = quiz.js * EMBED_JS_RATIO;
  console.log(`  /embed/    ${pad(kb(embed.js), 9)}  budget ${kb(limit)} (${EMBED_JS_RATIO}x /): ${check(embed.js <= limit, `/embed/: JS ${kb(embed.js)} > ${kb(limit)}`)}`);
}
const loader = await readFile(join(DIST, 'embed.js'), 'utf8').catch(() => null);
if (loader === null) check(false, '/embed.js: not in dist/');
else console.log(`  /embed.js  ${pad(`${gz(loader)} B`, 9)}  budget ${LOADER_BUDGET} B: ${check(gz(loader) <= LOADER_BUDGET, `/embed.js: ${gz(loader)} B > ${LOADER_BUDGET} B`)}`);

/** Prints the broken budgets and exits with their verdict. */
function finish() {
  console.log(`\n${broken.length ? `Broken budgets:\n${broken.map((b) => `  - ${b}`).join('\n')}\n` : ''}`);
  console.log(`bench: ${checked} budgets checked, ${broken.length} broken`);
  process.exit(broken.length ? 1 : 0);
}
// `node scripts/bench.mjs --bytes` (after a build): the sizes alone, in a second.
if (process.argv.includes('--bytes')) finish();

// ── 2. Lighthouse ────────────────────────────────────────────────────────────────────────────────
/** Category score recomputed without some audits (same weighted mean as Lighthouse's scoring.js). */
function scoreWithout(lhr, categoryId, excluded) {
  const refs = lhr.categories[categoryId].auditRefs.filter((r) => r.weight > 0 && !excluded.includes(r.id));
  if (refs.some((r) => lhr.audits[r.id].score === null)) return null;
  const weight = refs.reduce((a, r) => a + r.weight, 0);
  return Math.round((refs.reduce((a, r) => a + lhr.audits[r.id].score * r.weight, 0) / weight) * 100) / 100;
}

async function runLighthouse(url, port, categories) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Lighthouse timed out after ${LH_TIMEOUT_MS / 1000} s on ${url}`)), LH_TIMEOUT_MS);
  });
  try {
    const result = await Promise.race([lighthouse(url, { port, logLevel: 'error', output: 'json', onlyCategories: categories }), timeout]);
    if (!result?.lhr) throw new Error(`Lighthouse returned no result for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    clearTimeout(timer);
  }
}

const fmt = (score) => (score === null || score === undefined ? 'n/a' : `${score.toFixed(2)} (${Math.round(score * 100)})`);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const { url: origin, server } = await serveStatic(DIST);
try {
  const browser = await measureInBrowser(origin);
  console.log('\nThe result on a phone (Chromium, 390 x 844)');
  console.log(`  what-if change at 4x CPU, recomputed and rendered into the DOM: median ${browser.whatIfMedian.toFixed(1)} ms of 20 (${browser.whatIfTimes.map((t) => t.toFixed(0)).join(' ')}), budget < ${WHAT_IF_BUDGET_MS} ms: ${check(browser.whatIfMedian < WHAT_IF_BUDGET_MS, `what-if median ${browser.whatIfMedian.toFixed(1)} ms ≥ ${WHAT_IF_BUDGET_MS} ms`)}`);
  console.log(`  the same change to the frame after it: median ${browser.whatIfFrameMedian.toFixed(1)} ms; a one-word change made directly on the page, to its frame: ${browser.oneWordFrameMedian.toFixed(1)} ms (the browser's share; no budget)`);
  console.log(`  largest result's plan ends at ${Math.round(browser.planBottom)} px, budget ${PHONE_SCREEN} px: ${check(browser.planBottom <= PHONE_SCREEN, `plan ends at ${Math.round(browser.planBottom)} px > ${PHONE_SCREEN}`)}`);
  console.log(`  largest result's page: ${browser.height} px tall, before the redesign ${HEIGHT_BEFORE} px (${(browser.height / HEIGHT_BEFORE * 100).toFixed(0)}%), budget ${HEIGHT_RATIO * 100}%: ${check(browser.height <= HEIGHT_BEFORE * HEIGHT_RATIO, `page ${browser.height} px > ${HEIGHT_RATIO} x ${HEIGHT_BEFORE}`)}`);
} catch (error) {
  console.error(`\nBrowser measures failed: ${error.stack ?? error}`);
  check(false, 'browser measures did not complete');
}
// The slow phone, against the build served gzipped as a real host serves it (nginx, Netlify).
const gzipped = await serveStatic(DIST, 0, { gzip: true });
try {
  const slow = await measureSlowPhone(gzipped.url, { runs: SLOW_RUNS, taps: SLOW_TAPS_MS });
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`\nThe quiz on a slow phone (3G: ${SLOW_3G.latency / 1000} s round trip, ${SLOW_3G.downloadThroughput / 1000} kB/s; ${CPU_SLOWDOWN}x CPU; cold cache, no service worker; median of ${SLOW_RUNS})`);
  for (const tapAt of SLOW_TAPS_MS) {
    const r = slow.taps[tapAt];
    console.log(`  tap at ${s(tapAt)}: question 2 after ${s(r.delay)} (${r.delays.map(s).join(', ')}; question 1 shown at ${s(r.firstShown)}), budget ${s(SLOW_TAP_BUDGET_MS)}: ${check(r.delay <= SLOW_TAP_BUDGET_MS, `3G tap at ${s(tapAt)}: question 2 after ${s(r.delay)} > ${s(SLOW_TAP_BUDGET_MS)}`)}`);
  }
  console.log(`  /?${PREFILLED.query}: ${PREFILLED.question} shown at ${s(slow.prefilled.at)} (${slow.prefilled.times.map(s).join(', ')}), budget ${s(SLOW_PREFILLED_BUDGET_MS)}: ${check(slow.prefilled.at <= SLOW_PREFILLED_BUDGET_MS, `3G prefilled link's question at ${s(slow.prefilled.at)} > ${s(SLOW_PREFILLED_BUDGET_MS)}`)}`);
  console.log(`  one load of / (request start → end):\n${formatWaterfall(slow.waterfall)}`);
} catch (error) {
  console.error(`\nSlow-phone measures failed: ${error.stack ?? error}`);
  check(false, 'slow-phone measures did not complete');
} finally {
  gzipped.server.close();
}
let chrome;
try {
  chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  console.log(`\nLighthouse (mobile, simulated throttling) — budget: every category ≥ ${LH_MIN_SCORE}\n`);
  for (const page of LH_PAGES) {
    const started = Date.now();
    const lhr = await runLighthouse(origin + page.path, chrome.port, LH_CATEGORIES);
    const scores = Object.fromEntries(LH_CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null]));
    const perfRuns = [lhr]; // performance misses the budget: maybe noise, so re-run it alone and take the median
    const perfScores = () => perfRuns.map((run) => run.categories.performance.score);
    while (scores.performance !== null && scores.performance < LH_MIN_SCORE && perfRuns.length < LH_PERF_RUNS) {
      perfRuns.push(await runLighthouse(origin + page.path, chrome.port, ['performance']));
    }
    const perfLhr = perfRuns.find((run) => run.categories.performance.score === median(perfScores()));
    scores.performance = perfLhr.categories.performance.score;
    console.log(`${page.path}  (${((Date.now() - started) / 1000).toFixed(0)} s, Lighthouse ${lhr.lighthouseVersion}, benchmarkIndex ${lhr.environment.benchmarkIndex})`);
    for (const category of LH_CATEGORIES) {
      let score = scores[category];
      let note = category === 'performance' && perfRuns.length > 1 ? `  median of ${perfScores().map((s) => s?.toFixed(2) ?? 'n/a').join(', ')}` : '';
      if (category === 'seo' && page.noindex) {
        const raw = score;
        score = scoreWithout(lhr, 'seo', ['is-crawlable']);
        note = `  raw ${fmt(raw)}; budget applied without "is-crawlable" (deliberate: result pages are noindex by requirement)`;
      }
      const verdict = check(score !== null && score >= LH_MIN_SCORE, `${page.path}: Lighthouse ${category} ${fmt(score)} < ${LH_MIN_SCORE}`);
      console.log(`  ${category.padEnd(15)} ${fmt(score).padEnd(10)}  ${verdict}${note}`);
    }
    const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
    console.log(`  metrics: ${metrics.map((id) => `${id.split('-').map((w) => w[0].toUpperCase()).join('')} ${perfLhr.audits[id]?.displayValue ?? 'n/a'}`).join(', ')}`);
    const runOf = (category) => (category === 'performance' ? perfLhr : lhr);
    const failing = LH_CATEGORIES.flatMap((c) => runOf(c).categories[c].auditRefs
      .filter((r) => r.weight > 0 && !(runOf(c).audits[r.id].score >= 0.9)).map((r) => r.id));
    if (failing.length) console.log(`  scored audits below 0.9: ${failing.join(', ')}`);
    for (const warning of lhr.runWarnings ?? []) console.log(`  lighthouse warning: ${warning}`);
    for (const item of lhr.audits['errors-in-console']?.details?.items ?? []) console.log(`  console: ${item.description} (${item.sourceLocation?.url ?? item.source})`);
  }
  if (LH_PAGES.some((p) => p.noindex)) {
    console.log(`\nNote: result pages carry <meta name="robots" content="noindex"> on purpose (issue requirement: personal
result links must not be indexed). Lighthouse's SEO audit "is-crawlable" penalises that, so for those pages
the SEO budget applies to the category score recomputed without that single audit; the raw score is shown too.`);
  }
} catch (error) {
  console.error(`\nLighthouse failed: ${error.stack ?? error}`);
  check(false, 'Lighthouse did not complete (its budgets are unchecked)');
} finally {
  await chrome?.kill();
  server.close();
}

finish();
