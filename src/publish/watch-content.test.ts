import { EventEmitter } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { watchContent } from './watch-content.ts';

/** Just what the plugin touches of a Vite dev server: its watcher and its environments. */
function fakeServer() {
  const watcher = Object.assign(new EventEmitter(), {
    added: [] as string[],
    add(paths: string[]) {
      watcher.added.push(...paths);
      return watcher;
    },
  });
  const sent: unknown[] = [];
  const environment = () => ({ moduleGraph: { invalidateAll() {} }, hot: { send: (message: unknown) => sent.push(message) } });
  return { watcher, environments: { client: environment(), ssr: environment() }, sent };
}

function start(root: string) {
  const changed: string[] = [];
  const server = fakeServer();
  const plugin = watchContent(root, (file) => {
    changed.push(file);
  });
  (plugin.configureServer as (server: unknown) => void)(server);
  return { server, changed };
}

describe('watchContent', () => {
  const root = join('/', 'content');

  it('watches everything the check reads: both config names, journeys, personas and data', () => {
    const { server } = start(root);
    expect(server.watcher.added.sort()).toEqual(
      ['data', 'journeys', 'parcours.config.yaml', 'parcours.config.yml', 'personas'].map((path) => join(root, path)),
    );
  });

  // Regression: parcours.config.yml and data/*.csv were not watched, so editing them did not reload.
  it('reloads for parcours.config.yml and data/*.csv as for journeys', async () => {
    const { server, changed } = start(root);
    for (const path of ['parcours.config.yml', 'parcours.config.yaml', 'data/mesures.csv', 'journeys/a.yaml', 'personas/b.yml'])
      server.watcher.emit('change', join(root, path));
    expect(changed).toEqual(
      ['parcours.config.yml', 'parcours.config.yaml', 'data/mesures.csv', 'journeys/a.yaml', 'personas/b.yml'].map((path) =>
        join(root, path),
      ),
    );
    // Once the content is checked again: Astro's route cache cleared (ssr), then the browser reloaded (client).
    await new Promise((resolve) => setImmediate(resolve));
    expect(server.sent).toHaveLength(2 * changed.length);
  });

  it('ignores what the check does not read', () => {
    const { server, changed } = start(root);
    for (const path of ['journeys/notes.md', 'journeys/old/a.yaml', 'data/readme.txt', 'other.yaml', '../elsewhere/journeys/a.yaml'])
      server.watcher.emit('add', join(root, path));
    expect(changed).toEqual([]);
  });

  // Regression: an editor's save that empties the file and then writes it gave one change event
  // (the watcher drops a second one within 50 ms), and parcours dev kept the empty file's problems.
  // The second look is a timer: faked, so the test waits for no real time and cannot race it.
  it("reads a file again when it changed after the event, within the watcher's throttle", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parcours-watch-'));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await mkdir(join(dir, 'journeys'));
      const file = join(dir, 'journeys', 'a.yaml');
      await writeFile(file, '');
      const { server, changed } = start(dir);
      server.watcher.emit('change', file);
      await writeFile(file, 'id: a\n');
      expect(changed).toEqual([file]);
      // The look after the throttle (50 ms, and 25 more) finds the file changed and reads it again.
      await vi.advanceTimersByTimeAsync(74);
      expect(changed).toEqual([file]);
      await vi.advanceTimersByTimeAsync(1);
      expect(changed).toEqual([file, file]);
      // Nothing changed since: no third reading, however long it waits.
      await vi.advanceTimersByTimeAsync(1_000);
      expect(changed).toEqual([file, file]);
      // A write whose own event came through is not read a second time by the look after the first event.
      server.watcher.emit('change', file);
      await writeFile(file, 'id: a\ntitle: A\n');
      server.watcher.emit('change', file);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(changed).toHaveLength(4);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
