// A tiny static file server for the built site, as any static host would serve it (scripts and the e2e tests).
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const MIME = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.txt': 'text/plain', '.xml': 'application/xml', '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json' };

/** Types a host compresses when the browser accepts gzip (`{ gzip: true }`), as Netlify, Cloudflare and the shipped nginx config do. */
const COMPRESSED = new Set(['.html', '.js', '.css', '.svg', '.json', '.txt', '.xml', '.webmanifest']);

/**
 * Serves `root` on 127.0.0.1 (random port unless given); resolves to `{ url, server }`.
 * With `gzip`, text is sent gzipped to a browser that accepts it.
 */
export async function serveStatic(root, port = 0, { gzip = false } = {}) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    let file = normalize(join(base, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
    if (!file.startsWith(base)) return response.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const headers = { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' };
      if (gzip && COMPRESSED.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
        response.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'Accept-Encoding' }).end(gzipSync(body, { level: 6 }));
      } else {
        response.writeHead(200, headers).end(body);
      }
    } catch {
      response.writeHead(404, { 'content-type': MIME['.html'] }).end(await readFile(join(base, '404.html')).catch(() => 'Not found'));
    }
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${server.address().port}`, server };
}
