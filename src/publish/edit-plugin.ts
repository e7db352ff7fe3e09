import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { markArrival } from './edit-api.ts';

/** The edit API as the dev server serves it. */
export interface EditServing {
  handle(request: IncomingMessage, response: ServerResponse): Promise<boolean>;
  isOwnWrite(file: string): boolean;
}

/** Remembers the API's last write of each file (by absolute path), so that the watcher can tell it from a write made elsewhere. */
export function ownWrites(): { record(file: string, text: string): void; isOwn(file: string): boolean } {
  const written = new Map<string, string>();
  return {
    record: (file, text) => written.set(file, text),
    isOwn(file) {
      const text = written.get(file);
      if (text === undefined) return false;
      try {
        return readFileSync(file, 'utf8') === text;
      } catch {
        return false;
      }
    },
  };
}

/** A Vite plugin that answers the edit API's requests before Astro sees them. */
export function editApiPlugin(edit: EditServing): Plugin {
  return {
    name: 'parcours:edit-api',
    configureServer(server) {
      server.httpServer?.prependListener('request', markArrival);
      server.middlewares.use((request, response, next) => {
        edit.handle(request, response).then(
          (handled) => {
            if (!handled) next();
          },
          (error: unknown) => next(error),
        );
      });
    },
  };
}
