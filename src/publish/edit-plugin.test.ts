import { EventEmitter } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownWrites } from './edit-plugin.ts';
import { watchContent } from './watch-content.ts';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'parcours-edit-plugin-'));
  await mkdir(join(root, 'journeys'));
});
afterAll(async () => rm(root, { recursive: true, force: true }));

/** What the watcher plugin touches of a Vite dev server, recording what it sends to each environment. */
function fakeServer() {
  const watcher = Object.assign(new EventEmitter(), { add: () => watcher });
  const sent: { to: string; message: unknown }[] = [];
  const environment = (to: string) => ({ hot: { send: (message: unknown) => sent.push({ to, message }) } });
  return { watcher, environments: { client: environment('client'), ssr: environment('ssr') }, sent };
}

describe('the dev server and the edit API’s own writes', () => {
  it('does not reload the pages for a file the edit API just wrote, and does for a write made elsewhere', async () => {
    const writes = ownWrites();
    const changed: string[] = [];
    const server = fakeServer();
    const plugin = watchContent(root, (file) => void changed.push(file), writes.isOwn);
    (plugin.configureServer as (server: unknown) => void)(server);
    const file = join(root, 'journeys', 'a.yaml');

    await writeFile(file, 'id: a\n');
    writes.record(file, 'id: a\n');
    server.watcher.emit('change', file);
    await new Promise((resolve) => setImmediate(resolve));
    expect(changed).toEqual([]);
    expect(server.sent).toEqual([
      { to: 'ssr', message: 'astro:content-changed' },
      { to: 'client', message: 'parcours:edited' },
    ]);

    server.sent.length = 0;
    await writeFile(file, 'id: a\ntitle: ailleurs\n');
    server.watcher.emit('change', file);
    await new Promise((resolve) => setImmediate(resolve));
    expect(changed).toEqual([file]);
    expect(server.sent).toContainEqual({ to: 'client', message: { type: 'full-reload', path: '*' } });
  });
});
