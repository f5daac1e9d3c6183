/**
 * A real nginx serving the build with the site's nginx snippets (deploy/*.conf), run as this
 * user on a free port of 127.0.0.1 with its own prefix. Debian's `nginx` package (.ci/run).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

export interface Nginx { origin: string; close(): Promise<void> }

/** Serves `root` with nginx, the snippets included in its server block. */
export async function serveWithNginx(root: string, snippets: string[]): Promise<Nginx> {
  if (!existsSync(NGINX)) throw new Error(`nginx not found at ${NGINX}: \`apt-get install -y nginx\` (or set NGINX_PATH).`);
  const prefix = mkdtempSync(join(tmpdir(), 'hire-order-nginx-'));
  const port = await freePort();
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `${name}_temp_path ${prefix}/${name};`).join(' ');
  writeFileSync(join(prefix, 'nginx.conf'), `worker_processes 1; pid ${prefix}/nginx.pid; error_log stderr;
    events {}
    http { include /etc/nginx/mime.types; access_log off; ${temp}
      server { listen 127.0.0.1:${port}; root ${resolve(root)}; ${snippets.map((file) => `include ${resolve(file)};`).join(' ')} } }`);
  const nginx: ChildProcess = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', 'stderr', '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  nginx.stderr?.on('data', (chunk) => { errors += chunk; });
  const origin = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries += 1) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited: ${errors}`);
    try {
      await fetch(`${origin}/`);
      break;
    } catch {
      if (tries > 100) throw new Error(`nginx did not answer: ${errors}`);
      await new Promise((done) => setTimeout(done, 50));
    }
  }
  return {
    origin,
    close: async () => {
      nginx.kill('SIGQUIT');
      await new Promise((done) => nginx.once('exit', done));
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
