/**
 * What the two shipped header configs send for a path, read the way their servers read them:
 * `public/_headers` (Netlify, Cloudflare Pages) and `deploy/nginx.conf` (its `map` blocks and
 * the server's `add_header` lines). Only the constructs those files use are understood; anything
 * else fails loudly rather than being misread.
 */

/** Response headers by lower-case name. */
export type Headers = Record<string, string>;

interface HeaderRule { pattern: string; matches: RegExp; headers: [string, string][] }

/** `/_astro/*` -> a RegExp: `*` is a splat (anything, `/` included), `:name` one segment. */
function pathPattern(pattern: string): RegExp {
  const source = pattern.split(/(\*|:[A-Za-z]\w*)/).map((part) => {
    if (part === '*') return '.*';
    if (part.startsWith(':')) return '[^/]+';
    return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }).join('');
  return new RegExp(`^${source}$`);
}

/** The rules of a `_headers` file, in order. */
function headerRules(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), matches: pathPattern(line.trim()), headers: [] });
      continue;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!header || !rule) throw new Error(`_headers: cannot read ${JSON.stringify(line)}`);
    rule.headers.push([header[1]!.toLowerCase(), header[2]!.trim()]);
  }
  return rules;
}

/** Reads a `_headers` file: the headers for a request path, and which headers several rules set on it. */
export function readHeadersFile(text: string) {
  const rules = headerRules(text);
  const matching = (path: string) => rules.filter((rule) => rule.matches.test(path));
  return {
    headersFor(path: string): Headers {
      return Object.fromEntries(matching(path).flatMap((rule) => rule.headers));
    },
    /** Headers that more than one matching rule sets (hosts disagree on what that means). */
    overlapsFor(path: string): string[] {
      const names = matching(path).flatMap((rule) => [...new Set(rule.headers.map(([name]) => name))]);
      return [...new Set(names.filter((name, index) => names.indexOf(name) !== index))];
    },
  };
}

interface Directive { args: string[]; block?: Directive[] }

/** nginx's syntax: directives, `;` or a `{ }` block; `#` comments; quoted strings. */
function parseNginx(text: string): Directive[] {
  const tokens = [...text.replace(/(^|\s)#.*$/gm, '$1').matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([{};])|([^\s{};"']+)/g)]
    .map((m): { punct: string } | { word: string } => (m[3] ? { punct: m[3] } : { word: m[1] ?? m[2] ?? m[4] ?? '' }));
  let at = 0;
  const block = (): Directive[] => {
    const directives: Directive[] = [];
    let args: string[] = [];
    while (at < tokens.length) {
      const token = tokens[at++]!;
      if ('word' in token) args.push(token.word);
      else if (token.punct === ';') { directives.push({ args }); args = []; }
      else if (token.punct === '{') { directives.push({ args, block: block() }); args = []; }
      else return directives;
    }
    return directives;
  };
  return block();
}

/** nginx's `map`: exact keys first, then `~` regexes in order, then `default`. */
function mapLookup(entries: Directive[], value: string): string {
  const exact = entries.find(({ args: [key] }) => key === value);
  if (exact) return exact.args[1] ?? '';
  for (const { args: [key, result] } of entries) {
    if (key?.startsWith('~') && new RegExp(key.replace(/^~\*?/, ''), key.startsWith('~*') ? 'i' : '').test(value)) return result ?? '';
  }
  return entries.find(({ args: [key] }) => key === 'default')?.args[1] ?? '';
}

/** Reads deploy/nginx.conf: the headers its server adds to a 200 response for `$uri`. */
export function readNginxConf(text: string) {
  const top = parseNginx(text);
  const maps = new Map<string, Directive[]>();
  for (const directive of top) {
    if (directive.args[0] !== 'map') continue;
    const [, source, variable] = directive.args;
    if (source !== '$uri' || !variable || !directive.block) throw new Error(`nginx.conf: only "map $uri $name { }" is understood, not ${directive.args.join(' ')}`);
    maps.set(variable, directive.block);
  }
  const servers = top.filter((directive) => directive.args[0] === 'server');
  if (servers.length !== 1) throw new Error(`nginx.conf: expected one server block, found ${servers.length}`);
  const server = servers[0]!.block ?? [];
  const addHeaders = server.filter((directive) => directive.args[0] === 'add_header').map(({ args }) => args.slice(1));
  const nested = server.filter((directive) => directive.block).flatMap(function addHeadersIn(directive: Directive): string[] {
    return (directive.block ?? []).flatMap((inner) => (inner.args[0] === 'add_header' ? [`${directive.args.join(' ')}: ${inner.args.join(' ')}`] : addHeadersIn(inner)));
  });
  return {
    /** add_header lines inside locations (each drops every server-level add_header there). */
    nestedAddHeaders: nested,
    headersFor(uri: string): Headers {
      const headers: Headers = {};
      for (const [name, value] of addHeaders) {
        if (!name || value === undefined) throw new Error('nginx.conf: add_header needs a name and a value');
        const map = value.startsWith('$') ? maps.get(value) : undefined;
        if (value.startsWith('$') && !map) throw new Error(`nginx.conf: ${value} is not a map of $uri`);
        const sent = map ? mapLookup(map, uri) : value;
        if (sent !== '') headers[name.toLowerCase()] = sent;
      }
      return headers;
    },
  };
}
