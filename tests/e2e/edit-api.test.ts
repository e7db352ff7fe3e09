import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DevServer, startDevServer } from './run-parcours.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const JOURNEY = 'journeys/retour-article.yaml';
let content: string;
let dev: DevServer | undefined;
let url: string;

beforeAll(async () => {
  content = await mkdtemp(join(tmpdir(), 'parcours-e2e-edit-'));
  for (const entry of ['journeys', 'personas', 'public', 'parcours.config.yaml'])
    await cp(join(repo, entry), join(content, entry), { recursive: true });
  dev = await startDevServer(content);
  url = dev.url;
});
afterAll(async () => {
  await dev?.stop();
  await rm(content, { recursive: true, force: true });
});

/** A request with headers fetch would not let a page set (Host), as DNS rebinding or another site sends them. */
function send(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const target = new URL(path, url);
  return new Promise((resolve, reject) => {
    const sent = request(
      { host: target.hostname, port: target.port, path: target.pathname + target.search, method, headers },
      (response) => {
        let text = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        response.on('end', () => {
          let json: Record<string, unknown> = {};
          try {
            json = JSON.parse(text) as Record<string, unknown>;
          } catch {
            // Vite refuses a foreign Host itself (server.allowedHosts), with a text answer, before the edit API sees it.
          }
          resolve({ status: response.statusCode ?? 0, json });
        });
      },
    );
    sent.on('error', reject);
    sent.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

async function textFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(html|js|mjs|css|json|xml|txt)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('editing in parcours dev', () => {
  it('is absent from a built site: no token, no editing code, no endpoint', async () => {
    const files = await textFiles(inject('examples').dir);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = (await readFile(file, 'utf8')).toLowerCase();
      expect(text.includes('parcours-edit') || text.includes('__parcours') || text.includes('x-parcours-token'), file).toBe(false);
    }
  });

  it('refuses a request without the token, from another origin or for another host, and leaves the file alone', async () => {
    const host = new URL(url).host;
    const before = await readFile(join(content, JOURNEY), 'utf8');
    const body = { path: JOURNEY, digest: '', changes: [{ op: 'set', path: ['title'], value: 'Piraté' }] };
    const json = { 'content-type': 'application/json' };
    const answers = [
      await send('POST', '/__parcours/edit/apply', { ...json, host }, body),
      await send('POST', '/__parcours/edit/apply', { ...json, host, 'x-parcours-token': 'x'.repeat(64) }, body),
      await send('POST', '/__parcours/edit/apply', { ...json, host, origin: 'http://evil.test' }, body),
      await send('POST', '/__parcours/edit/apply', { ...json, host: 'evil.test' }, body),
      await send('GET', `/__parcours/edit/file?path=${encodeURIComponent(JOURNEY)}`, { host: 'evil.test' }),
      await send('GET', `/__parcours/edit/file?path=${encodeURIComponent(JOURNEY)}`, { host }),
    ];
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 403));
    for (const answer of [answers[0]!, answers[1]!, answers[2]!, answers[5]!]) expect(answer.json.reason).toBe('forbidden');
    expect(await readFile(join(content, JOURNEY), 'utf8')).toBe(before);
  });
});
