import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { contentType } from './content-types.ts';

export interface StaticServer {
  /** The address, such as http://127.0.0.1:4321/ (with the base path). */
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** The path the site is published under, such as /parcours/ (default /). */
  base?: string;
}

/**
 * Serves a built site from `dir` the way a static host does: `index.html` for a directory,
 * a redirect to add the trailing slash, the site's own 404.html for anything else.
 */
export async function serveStatic(dir: string, { host = '127.0.0.1', port = 0, base = '/' }: ServeOptions = {}): Promise<StaticServer> {
  const server = createServer((request, response) => {
    respond(dir, base, request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`Internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}${base}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function respond(dir: string, base: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const url = new URL(request.url ?? '/', 'http://localhost');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request\n');
    return;
  }
  if (!pathname.startsWith(base) || pathname.includes('\0')) return notFound(dir, request, response);
  // normalize on a rooted path cannot climb above the root, so the file stays inside dir.
  const file = join(dir, normalize(`/${pathname.slice(base.length)}`));
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) {
      response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const index = join(file, 'index.html');
    const indexInfo = await stat(index).catch(() => null);
    if (indexInfo?.isFile()) return sendFile(response, request, 200, index, indexInfo.size);
  } else if (info?.isFile()) {
    return sendFile(response, request, 200, file, info.size);
  }
  return notFound(dir, request, response);
}

async function notFound(dir: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const page = join(dir, '404.html');
  const info = await stat(page).catch(() => null);
  if (info?.isFile()) return sendFile(response, request, 404, page, info.size);
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
}

function sendFile(response: ServerResponse, request: IncomingMessage, status: number, file: string, size: number): void {
  response.writeHead(status, { 'content-type': contentType(file), 'content-length': size, 'cache-control': 'no-cache' });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file).pipe(response);
}
