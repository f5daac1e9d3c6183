/**
 * The response headers of the site, written once: `npm run headers` (scripts/write-headers.mjs)
 * writes public/_headers (Netlify, Cloudflare Pages) and deploy/nginx.conf from this table, and
 * tests/unit/deploy-headers.test.ts fails while either committed file is stale. The real-nginx
 * tests (tests/e2e/headers.test.ts) serve the build with the written nginx.conf.
 *
 * A header is one row of HEADERS; a line only nginx has (a directive, a location) is one row of
 * NGINX_SERVER. Neither this file nor the script is served: only what they write is.
 *
 * Plain TypeScript with erasable types only, so the script imports it under Node 24.
 */

/**
 * Where a header is sent: every response; these paths (in `_headers` syntax: `/x/*` is the
 * folder, `/x` the file); or every page but some, which `_headers` (it cannot say "but") writes
 * page by page (PAGES) and nginx as a map whose default is the value.
 */
export type Where = { every: true } | { paths: readonly string[] } | { pagesBut: readonly string[] };

/** One response header. */
export interface HeaderRow {
  name: string;
  value: string;
  on: Where;
  /** Why it is sent: the comment above it in both files, one line each. */
  why: readonly string[];
  /** nginx sends it on error pages too (`always`); a cache header must not be (a missing file cached for a year). */
  always?: boolean;
  /** Written but commented out, for the deployer to turn on (e.g. HSTS once TLS is set up). */
  off?: boolean;
}

/** Lines of the nginx server block only nginx has (directives, locations), with why. */
export interface NginxRow {
  why: readonly string[];
  lines: readonly string[];
}

/**
 * The site's pages, as `_headers` patterns (it lists page rules page by page: Netlify and
 * Cloudflare treat two rules that set one header on one path differently, docs/decisions/0012).
 * A new page needs its pattern here; tests/unit/deploy-headers.test.ts fails until it has one.
 */
export const PAGES = ['/', '/result/*', '/how-it-works/*', '/roles/*', '/share/*', '/embed-builder/*', '/embed/*', '/404.html'] as const;

/** The response headers, in the order both files list them. */
export const HEADERS: readonly HeaderRow[] = [
  {
    name: 'X-Content-Type-Options', value: 'nosniff', on: { every: true },
    why: ['Browsers must not guess a type other than Content-Type says (a JSON file run as script).'],
  },
  {
    name: 'Referrer-Policy', value: 'no-referrer', on: { every: true },
    why: ['No page, link or request tells another site where the visitor came from (matches the', "pages' <meta name=\"referrer\">); answers live in the URL."],
  },
  {
    name: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()', on: { every: true },
    why: [
      'The site uses no camera, microphone, location, payment or USB device: no page, and',
      'no script that might ever get into one, may ask for them. Clipboard writes (the copy buttons)',
      'stay allowed.',
    ],
  },
  {
    name: 'Strict-Transport-Security', value: 'max-age=31536000', on: { every: true }, off: true,
    why: [
      'HSTS: once the site is served over TLS, browsers should never use plain http for it again.',
      'Turn it on (uncomment) only when https works for this host: browsers remember it for a year.',
    ],
  },
  {
    name: 'Content-Security-Policy', value: "frame-ancestors 'self'", on: { pagesBut: ['/embed/*'] },
    why: [
      'Who may show a page in a frame. /embed/ is made for other people\'s pages: anyone may frame it.',
      'Not even `frame-ancestors *` there: that still refuses a host page with an opaque origin (one',
      'that is itself in a sandboxed frame, as editors preview a post) and file: pages.',
      'Every other page may be framed by this site only (clickjacking). The page\'s own CSP (a hash',
      'for every script and style) is a <meta> Astro writes; a header carries only what a meta cannot.',
      'Both policies apply; this one has no script or style directive, so it never blocks what the',
      'meta allows.',
    ],
  },
  {
    name: 'X-Frame-Options', value: 'SAMEORIGIN', on: { pagesBut: ['/embed/*'] },
    why: ['The same rule for browsers that predate frame-ancestors (newer ones ignore it when both are sent).'],
  },
  {
    name: 'Access-Control-Allow-Origin', value: '*', on: { paths: ['/_astro/*', '/embed.js', '/oembed/*'] },
    why: [
      'Who may read a response from another origin. An embed in a sandboxed iframe (no',
      'allow-same-origin) has an opaque origin, so it fetches its module scripts from /_astro/ with',
      'CORS; /embed.js is the loader other sites include, /oembed/ what their CMS fetches. All public.',
    ],
  },
  {
    name: 'Cache-Control', value: 'public, max-age=31536000, immutable', on: { paths: ['/_astro/*'] }, always: false,
    why: [
      '/_astro/ file names carry a hash of their content: cache them for a year. Pages: revalidate.',
      'Not on error responses (nginx: not `always`): a missing file must not be cached for a year.',
    ],
  },
  {
    name: 'Cache-Control', value: 'no-cache', on: { paths: ['/sw.js'] }, always: false,
    why: [
      'The offline service worker (build/service-worker.ts): asked again on every visit, so a new build',
      'is found at once and runs from the next visit on.',
    ],
  },
  {
    name: 'Cache-Control', value: 'no-cache', on: { paths: ['/result/words.json', '/roles/intake-data.json'] }, always: false,
    why: [
      'The words a result and an intake pack are written with: their names carry no hash, so they are',
      'asked again (a 304 when unchanged) and never paired with an older build\'s page and scripts.',
    ],
  },
];

/** The nginx server block, in order; the headers' `add_header` lines go where `HEADERS` stands. */
export const NGINX_SERVER: readonly (NginxRow | 'HEADERS')[] = [
  { why: [], lines: ['listen 80;', 'server_name _;', 'root /srv/hire-order/dist;', 'index index.html;'] },
  { why: ['Redirects (/result -> /result/) say only the path, right behind a proxy or on any port.'], lines: ['absolute_redirect off;'] },
  { why: ["Error pages and the Server header do not tell nginx's version."], lines: ['server_tokens off;'] },
  {
    why: [
      'Compress text on the fly (HTML always; these types too). `Vary: Accept-Encoding` keeps caches',
      'from handing a compressed answer to a client that did not ask for one.',
    ],
    lines: [
      'gzip on;',
      'gzip_comp_level 6;',
      'gzip_min_length 256;',
      'gzip_vary on;',
      'gzip_proxied any;',
      'gzip_types text/css text/javascript application/json image/svg+xml text/plain application/xml application/manifest+json;',
    ],
  },
  {
    why: [
      'Content types for what the build contains, whatever mime.types the http block includes',
      '(a `types` block here replaces it). nosniff below makes browsers hold us to them: a module',
      'script must be JavaScript, and oEmbed consumers expect application/json.',
    ],
    lines: [
      'types {',
      '    text/html                    html;',
      '    text/css                     css;',
      '    text/javascript              js mjs;',
      '    application/json             json;',
      '    image/svg+xml                svg;',
      '    image/png                    png;',
      '    image/x-icon                 ico;',
      '    text/plain                   txt;',
      '    application/xml              xml;',
      '    application/manifest+json    webmanifest;',
      '    font/woff2                   woff2;',
      '}',
      'default_type application/octet-stream;',
      'charset utf-8;',
      'charset_types text/css text/javascript application/json image/svg+xml text/plain application/xml;',
    ],
  },
  'HEADERS',
  { why: [], lines: ['location / {', '    try_files $uri $uri/ =404;', '}'] },
  {
    why: ["public/_headers is Netlify's and Cloudflare's, not a page: nginx does not serve it."],
    lines: ['location = /_headers {', '    return 404;', '}'],
  },
  {
    why: [
      '---- oEmbed (/oembed/): WordPress asks for /oembed/quiz.json?url=<the pasted page,',
      'URL-encoded>&format=json…; the static JSON cannot see that url, so nginx hands it to the',
      "embed's frame as ?link=, where the embed reads the link's answers through the URL codec",
      '(src/embed/frame/embed-link.ts). Only a url made of URL-encoded characters passes (no quote,',
      'angle bracket or backslash can reach the JSON or the HTML inside it); anything else gets',
      'the plain questionnaire. Headers still come from the maps above (no add_header here).',
      'Under a base path, put it in front (e.g. /tools/oembed/quiz.json).',
      'oEmbed 1.0: a format the provider cannot give (anything but json) is answered 501.',
    ],
    lines: [
      'location = /oembed/quiz.json {',
      '    if ($arg_format !~ "^(json)?$") {',
      '        return 501;',
      '    }',
      '    set $oembed_link "";',
      '    if ($arg_url ~ "^[A-Za-z0-9%._~+-]{1,3000}$") {',
      '        set $oembed_link "?link=$arg_url";',
      '    }',
      '    # In the JSON the frame\'s src ends in embed/\\" ; nginx unescapes \\\\ to \\ in the strings below.',
      '    sub_filter_types application/json;',
      '    sub_filter \'embed/\\\\"\' \'embed/$oembed_link\\\\"\';',
      '    sub_filter_once on;',
      '}',
      '# ---- end oEmbed',
    ],
  },
  { why: [], lines: ['error_page 404 /404.html;'] },
];

const HEADERS_FILE_INTRO = [
  '# Response headers on Netlify and Cloudflare Pages, made by `npm run headers` from',
  '# deploy/headers.ts (which also writes deploy/nginx.conf): edit the table there, not this file.',
  '#',
  '# No header is set by two rules that match the same path: the hosts disagree on what that does',
  '# (Cloudflare joins the values, and two CSP values are two policies, both enforced). So rules',
  '# for "every page but /embed/" are listed page by page.',
];

const NGINX_INTRO = [
  '# Hire Order on nginx: the static build (`npm run build` -> dist/) with the headers it needs.',
  '# Made by `npm run headers` from deploy/headers.ts (which also writes public/_headers for Netlify',
  '# and Cloudflare Pages): edit the table there, not this file.',
  '#',
  '# Include this file inside the http { } block of your nginx.conf (it holds `map` blocks, which',
  '# belong there, and one `server`), then change `listen`, `server_name` and `root`, e.g.',
  '#     http {',
  '#         include /srv/hire-order/deploy/nginx.conf;',
  '#     }',
  '# Add TLS the way you do for your other sites, then uncomment the Strict-Transport-Security',
  '# line below. tests/e2e/headers.test.ts serves the build with this very file.',
];

/** `/x/*` → `/x/`, `/x` → `/x`: what a pattern matches, as a path or a folder. */
const stem = (pattern: string) => (pattern.endsWith('*') ? pattern.slice(0, -1) : pattern);

/** Whether a `_headers` pattern matches a request path (`*` a splat: anything, `/` included). */
export function patternMatches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(stem(pattern)) : path === pattern;
}

/** The `_headers` patterns a row is written under. */
export function patternsOf(on: Where): readonly string[] {
  if ('every' in on) return ['/*'];
  if ('paths' in on) return on.paths;
  return PAGES.filter((page) => !on.pagesBut.includes(page));
}

/** The headers the table sends on a request path (the `_headers` reading; nginx's agrees on pages). */
export function headersOn(path: string): Record<string, string> {
  return Object.fromEntries(HEADERS.filter((row) => !row.off && patternsOf(row.on).some((pattern) => patternMatches(pattern, path)))
    .map((row) => [row.name.toLowerCase(), row.value]));
}

const comment = (lines: readonly string[], indent = '') => lines.map((line) => `${indent}# ${line}`.trimEnd());

/** The text of public/_headers: one block per pattern, in the order patterns first appear in the table. */
export function headersFile(): string {
  const blocks = new Map<string, { why: string[]; lines: string[] }>();
  for (const row of HEADERS) {
    const patterns = patternsOf(row.on);
    for (const [index, pattern] of patterns.entries()) {
      const block = blocks.get(pattern) ?? { why: [], lines: [] };
      if (index === 0) block.why.push(...row.why);
      block.lines.push(`${row.off ? '# ' : ''}  ${row.name}: ${row.value}`);
      blocks.set(pattern, block);
    }
  }
  const out = [...HEADERS_FILE_INTRO];
  for (const [pattern, block] of blocks) {
    if (block.why.length > 0) out.push('', ...comment(block.why));
    out.push(pattern, ...block.lines);
  }
  return `${out.join('\n')}\n`;
}

/** The nginx variable of a mapped header. */
const variableOf = (row: HeaderRow) => `$hire_order_${row.name.toLowerCase().replaceAll('-', '_')}`;

/** A map key for a pattern: a folder as a regex on `$uri`, a file as itself (`/` is its index file). */
function mapKey(pattern: string): string {
  if (pattern === '/') return '/index.html';
  return pattern.endsWith('*') ? `~^${stem(pattern)}` : pattern;
}

/**
 * A header's `map $uri` block, from its rows (one header may have rows for paths that do not
 * overlap, each with its value): their paths get their values (or, for "every page but", the
 * others do).
 */
function mapOf(rows: readonly HeaderRow[]): string[] {
  const entries: [string, string][] = [];
  let fallback = '""';
  for (const row of rows) {
    if ('pagesBut' in row.on) {
      entries.push(...row.on.pagesBut.map((pattern): [string, string] => [mapKey(pattern), '""']));
      fallback = `"${row.value}"`;
    } else {
      entries.push(...patternsOf(row.on).map((pattern): [string, string] => [mapKey(pattern), `"${row.value}"`]));
    }
  }
  entries.push(['default', fallback]);
  const width = Math.max(...entries.map(([key]) => key.length)) + 4;
  return [`map $uri ${variableOf(rows[0]!)} {`, ...entries.map(([key, value]) => `    ${key.padEnd(width)}${value};`), '}'];
}

/** The rows of the table grouped by header, in the order headers first appear. */
function byHeader(rows: readonly HeaderRow[]): HeaderRow[][] {
  const groups = new Map<string, HeaderRow[]>();
  for (const row of rows) groups.set(row.name, [...(groups.get(row.name) ?? []), row]);
  return [...groups.values()];
}

/** The text of deploy/nginx.conf: a map per header sent on some paths, then the server block. */
export function nginxConf(): string {
  const out = [...NGINX_INTRO];
  const mapped = byHeader(HEADERS.filter((row) => !('every' in row.on)));
  for (const rows of mapped) out.push('', ...comment(rows.flatMap((row) => row.why)), ...mapOf(rows));
  out.push('', 'server {');
  for (const [index, row] of NGINX_SERVER.entries()) {
    if (index > 0) out.push('');
    if (row === 'HEADERS') {
      out.push(...comment([
        'The headers, on every response (`always`: error pages too). An empty value (from a map)',
        'sends no header. nginx drops these in any location that has an add_header of its own, so',
        'change deploy/headers.ts rather than adding add_header below.',
      ], '    '));
      for (const [header] of byHeader(HEADERS) as [HeaderRow, ...HeaderRow[]][]) {
        const value = 'every' in header.on ? `"${header.value}"` : variableOf(header);
        if ('every' in header.on) out.push(...comment(header.why, '    '));
        out.push(`    ${header.off ? '# ' : ''}add_header ${header.name} ${value}${header.always === false ? '' : ' always'};`);
      }
      continue;
    }
    out.push(...comment(row.why, '    '), ...row.lines.map((line) => `    ${line}`));
  }
  out.push('}');
  return `${out.join('\n')}\n`;
}
