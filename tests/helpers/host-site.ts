/**
 * Someone else's site for the embed tests: a few pages on another origin (another port of
 * 127.0.0.1), served as given. The embed must work there as on a real blog.
 */
import { createServer, type Server } from 'node:http';

export interface HostSite {
  /** The host's origin, e.g. `http://127.0.0.1:40123`. */
  origin: string;
  /** Adds or replaces a page (`path` with its leading slash). */
  page(path: string, body: string, type?: string): string;
  close(): Promise<void>;
}

export async function serveHost(): Promise<HostSite> {
  const pages = new Map<string, { body: string; type: string }>();
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    if (path === '/favicon.ico') return void response.writeHead(204).end(); // the browser asks for it
    const page = pages.get(path);
    if (!page) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    response.writeHead(200, { 'content-type': page.type, 'cache-control': 'no-store' }).end(page.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    page(path, body, type = 'text/html; charset=utf-8') {
      pages.set(path, { body, type });
      return `${origin}${path}`;
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}
