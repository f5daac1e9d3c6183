/**
 * A real nginx serving a folder with the shipped deploy/nginx.conf: Debian's binary in the
 * foreground, as the current user, with its own prefix, pid, logs and temp paths in a temp
 * folder, on a random 127.0.0.1 port. Only `listen` and `root` of the shipped file are changed;
 * every header comes from the file itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const NGINX_PATHS = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx'];
const SHIPPED_CONF = resolve('deploy/nginx.conf');

export interface RunningNginx {
  /** e.g. `http://127.0.0.1:41234` */
  url: string;
  stop(): Promise<void>;
}

/** A free port on 127.0.0.1 (free when asked; nginx binds it right after). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const address = probe.address();
  await new Promise<void>((done) => probe.close(() => done()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** The shipped server block with only its `listen` and `root` lines replaced. */
export function templateConf(shipped: string, port: number, root: string): string {
  const replace = (pattern: RegExp, line: string, text: string) => {
    if (!pattern.test(text)) throw new Error(`deploy/nginx.conf has no line matching ${pattern}`);
    return text.replace(pattern, line);
  };
  const listening = replace(/^(\s*)listen\s+[^;]+;/m, `$1listen 127.0.0.1:${port};`, shipped);
  return replace(/^(\s*)root\s+[^;]+;/m, `$1root ${root};`, listening);
}

/** The smallest main config around the shipped file: no mime.types, so types come from it too. */
function mainConf(dir: string): string {
  return `daemon off;
master_process off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/hire-order.conf;
}
`;
}

async function answers(url: string): Promise<boolean> {
  try { return (await fetch(url, { redirect: 'manual' })).status > 0; } catch { return false; }
}

async function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((done) => child.once('exit', () => done()));
}

/** Starts nginx on `root` (the built site); fails with the install command when nginx is missing. */
export async function startNginx(root: string): Promise<RunningNginx> {
  const binary = NGINX_PATHS.find((path) => path && existsSync(path));
  if (!binary) throw new Error('nginx not found: `apt-get install -y nginx` (or set NGINX_PATH).');
  const dir = await mkdtemp(join(tmpdir(), 'hire-order-nginx-'));
  const shipped = await readFile(SHIPPED_CONF, 'utf8');
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    await writeFile(join(dir, 'hire-order.conf'), templateConf(shipped, port, resolve(root)));
    await writeFile(join(dir, 'nginx.conf'), mainConf(dir));
    const child = spawn(binary, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 15_000;
    while (child.exitCode === null && Date.now() < deadline && !(await answers(url))) await new Promise((done) => setTimeout(done, 50));
    if (child.exitCode === null && (await answers(url))) {
      const orphaned = () => child.kill('SIGKILL'); // the test process died without stop()
      process.once('exit', orphaned);
      return {
        url,
        async stop() {
          process.off('exit', orphaned);
          child.kill('SIGQUIT'); // graceful stop of this nginx only
          await exited(child);
          await rm(dir, { recursive: true, force: true });
        },
      };
    }
    child.kill('SIGKILL');
    await exited(child);
    const log = `${stderr}${await readFile(join(dir, 'error.log'), 'utf8').catch(() => '')}`;
    // Another process may take the port between the probe and nginx's bind: try another.
    if (attempt < 3 && /Address already in use/.test(log)) continue;
    await rm(dir, { recursive: true, force: true });
    throw new Error(`nginx did not start:\n${log}`);
  }
}
