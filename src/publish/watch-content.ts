import { statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { CONFIG_FILES, CONTENT_DIRS, DATA_DIR, watchedKind } from '../core/load/content-paths.ts';

/** How long the event logs must stay unchanged before they are analysed again. */
export const EVENTS_SETTLE_MS = 400;

/** How long chokidar, Vite's watcher, ignores further changes of a file after one. */
const THROTTLE_MS = 50;

/** What tells one state of a file from the next: its time of change and size (or that it is gone or unreadable). */
function version(file: string): string {
  try {
    const stats = statSync(file, { throwIfNoEntry: false });
    return stats ? `${stats.mtimeMs}:${stats.size}` : 'none';
  } catch {
    return 'unreadable';
  }
}

/**
 * A Vite plugin for `parcours dev`: the content root usually lies outside the site's sources and
 * its files are read by the core, not imported, so Vite neither watches them nor knows what
 * depends on them. This adds what the core reads (load/content-paths.ts: journeys/, personas/,
 * both config names, data/*.csv and the event logs under data/events/) to the watcher and, when
 * such a file changes, has the content checked again and makes the browser reload the page.
 */
export function watchContent(
  root: string,
  onChange: (file: string) => void | Promise<void>,
  /** True for a file whose bytes the edit API just wrote (edit-api.ts): the page that made the change updates itself. */
  isOwnWrite: (file: string) => boolean = () => false,
): Plugin {
  const watched = [...CONFIG_FILES, ...CONTENT_DIRS.map(([dir]) => dir), DATA_DIR].map((path) => join(root, path));
  const isContent = (file: string) => {
    const path = relative(root, file);
    return !path.startsWith('..') && watchedKind(path.split(sep).join('/')) !== null;
  };
  return {
    name: 'parcours:watch-content',
    configureServer(server) {
      server.watcher.add(watched);
      // The state of each file as its latest reload found it.
      const seenAt = new Map<string, string>();
      const reload = async (file: string) => {
        if (!isContent(file)) return;
        const seen = version(file);
        seenAt.set(file, seen);
        if (isOwnWrite(file)) {
          // The edit API checked the content again before it answered; no page reloads (EDIT-API.md).
          const { client, ...servers } = server.environments;
          for (const environment of Object.values(servers)) environment.hot.send('astro:content-changed', {});
          client.hot.send('parcours:edited', { path: relative(root, file).split(sep).join('/') });
          return;
        }
        // The pages read the content from memory (src/publish/live-content.ts), not from modules, so no
        // module is dropped: the content is checked again first, then Astro forgets the paths it had from
        // getStaticPaths (the event its own content layer sends) and the browser asks for the page again.
        await onChange(file);
        const { client, ...servers } = server.environments;
        for (const environment of Object.values(servers)) environment.hot.send('astro:content-changed', {});
        client.hot.send({ type: 'full-reload', path: '*' });
        // The watcher drops a change that comes within 50 ms of the one before (chokidar's throttle):
        // an editor that empties a file and then writes it gives one event, which may have read the
        // file empty. Looked at again once the throttle is over, it is read again if it changed since
        // and no later event has read it meanwhile.
        setTimeout(() => {
          if (seenAt.get(file) === seen && version(file) !== seen) void reload(file);
        }, THROTTLE_MS + 25).unref();
      };
      // A log is often written for a while (an export, a copy of hundreds of MB): its changes are
      // gathered, and the logs analysed again once none came for EVENTS_SETTLE_MS.
      let settling: NodeJS.Timeout | undefined;
      const changed = (file: string) => {
        const path = relative(root, file).split(sep).join('/');
        if (path.startsWith('..') || watchedKind(path) !== 'events') return void reload(file);
        clearTimeout(settling);
        settling = setTimeout(() => void reload(file), EVENTS_SETTLE_MS);
      };
      server.watcher.on('add', changed).on('change', changed).on('unlink', changed);
    },
  };
}
