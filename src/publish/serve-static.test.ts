import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from './serve-static.ts';

let dir: string;
let server: StaticServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parcours-serve-'));
  await mkdir(join(dir, 'journeys', 'achat'), { recursive: true });
  await mkdir(join(dir, 'pagefind', 'index'), { recursive: true });
  await writeFile(join(dir, 'index.html'), '<h1>home</h1>');
  await writeFile(join(dir, '404.html'), '<h1>not here</h1>');
  await writeFile(join(dir, 'journeys', 'achat', 'index.html'), '<h1>achat</h1>');
  await writeFile(join(dir, 'pagefind', 'wasm.fr.pagefind'), 'bytes');
  await writeFile(join(dir, 'pagefind', 'pagefind-entry.json'), '{}');
  await writeFile(join(dir, 'pagefind', 'pagefind.wasm'), 'bytes');
  await writeFile(join(dir, 'pagefind', 'pagefind.fr_1.pf_meta'), 'bytes');
  await writeFile(join(dir, 'pagefind', 'index', 'fr_1.pf_index'), 'bytes');
  server = await serveStatic(dir);
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

/** A raw request, so that paths such as /../ reach the server as written. */
function get(path: string, method = 'GET'): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const call = request(new URL(server.url), { path, method }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    call.on('error', reject).end();
  });
}

describe('serveStatic', () => {
  it('listens on 127.0.0.1 and serves index.html for a directory', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(await get('/')).toMatchObject({ status: 200, body: '<h1>home</h1>', headers: { 'content-type': 'text/html; charset=utf-8' } });
    expect(await get('/journeys/achat/')).toMatchObject({ status: 200, body: '<h1>achat</h1>' });
  });

  it('redirects a directory without its trailing slash, keeping the query', async () => {
    expect(await get('/journeys/achat?x=1')).toMatchObject({ status: 301, headers: { location: '/journeys/achat/?x=1' } });
  });

  it.each([
    ['/pagefind/pagefind.wasm', 'application/wasm'],
    ['/pagefind/pagefind.fr_1.pf_meta', 'application/octet-stream'],
    ['/pagefind/index/fr_1.pf_index', 'application/octet-stream'],
    ['/pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
  ])('serves %s as %s', async (path, type) => {
    expect(await get(path)).toMatchObject({ status: 200, headers: { 'content-type': type } });
  });

  it.each(['/nothing', '/journeys/autre/', '/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/a%00b'])(
    'answers 404 with the site 404 page for %s',
    async (path) => {
      expect(await get(path)).toMatchObject({ status: 404, body: '<h1>not here</h1>' });
    },
  );

  it('answers HEAD without a body and refuses other methods', async () => {
    expect(await get('/', 'HEAD')).toMatchObject({ status: 200, body: '', headers: { 'content-length': '13' } });
    expect(await get('/', 'POST')).toMatchObject({ status: 405, headers: { allow: 'GET, HEAD' } });
  });

  it('serves a site published under a base path only under it', async () => {
    const based = await serveStatic(dir, { base: '/parcours/' });
    try {
      expect(based.url).toMatch(/\/parcours\/$/);
      const home = await fetch(based.url);
      expect([home.status, await home.text()]).toEqual([200, '<h1>home</h1>']);
      expect((await fetch(new URL('/index.html', based.url))).status).toBe(404);
    } finally {
      await based.close();
    }
  });
});
