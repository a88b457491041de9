// A static file server on loopback (127.0.0.1, a free port) for the end-to-end tests and `npm start`:
// serves only the folders it is given, answers nothing else, and never reaches past 127.0.0.1.
import { realpath, readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const FIXTURE_PAGES = join(ROOT, 'tests/fixtures/pages');
export const SAMPLE = join(ROOT, 'sample');
/** The hostile-page suite's pages (tests/e2e/hostile.e2e.test.ts). */
export const HOSTILE_PAGES = join(ROOT, 'tests/fixtures/hostile');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
};

export interface StaticServer {
  /** e.g. `http://127.0.0.1:41234`, no trailing slash. */
  origin: string;
  /** The absolute URL of `path` (with or without a leading slash) on this server. */
  url(path: string): string;
  close(): Promise<void>;
}

/** URL prefix (ending in `/`) → folder served under it. The longest matching prefix wins. */
export type Mounts = Record<string, string>;

/**
 * Serves the fixture pages at the root (`/confluence-server/dmlt-2022-10-18.html`) and the bundled sample
 * under `/sample/`.
 */
export function serveFixtures(): Promise<StaticServer> {
  return serveStatic({ '/': FIXTURE_PAGES, '/sample/': SAMPLE });
}

/** Serves the `mounts` folders read-only; a folder URL serves its `index.html`. */
export async function serveStatic(mounts: Mounts): Promise<StaticServer> {
  // Symlinks inside a folder must not lead out of it, so compare real paths.
  const roots = await Promise.all(
    Object.entries(mounts)
      .sort(([a], [b]) => b.length - a.length)
      .map(async ([prefix, dir]) => ({ prefix, dir: await realpath(dir) })),
  );
  const server = createServer((request, response) => {
    answer(request, response, roots).catch(() => send(response, 500));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => new URL(path.replace(/^\/*/, '/'), origin).href,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

async function answer(
  request: IncomingMessage,
  response: ServerResponse,
  roots: { prefix: string; dir: string }[],
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405);
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
  } catch {
    return send(response, 400);
  }
  const root = roots.find(({ prefix }) => pathname.startsWith(prefix));
  if (!root || pathname.includes('\0')) return send(response, 404);
  const file = await inside(root.dir, resolve(root.dir, `.${sep}${pathname.slice(root.prefix.length)}`));
  if (!file) return send(response, 404);
  const body = await readFile(file);
  response.writeHead(200, {
    'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': body.length,
    'cache-control': 'no-store',
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/** The real path of the file `path` names (a folder's index.html) if it lies inside `dir`, else undefined. */
async function inside(dir: string, path: string): Promise<string | undefined> {
  try {
    let real = await realpath(path);
    if ((await stat(real)).isDirectory()) real = await realpath(join(real, 'index.html'));
    return real.startsWith(dir + sep) && (await stat(real)).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}

function send(response: ServerResponse, status: number): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(`${status}\n`);
}
