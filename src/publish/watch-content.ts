import { join, sep } from 'node:path';
import type { Plugin } from 'vite';

/**
 * A Vite plugin for `parcours dev`: the content root usually lies outside the site's sources and
 * its YAML is read by the core, not imported, so Vite neither watches it nor knows what depends
 * on it. This adds journeys/, personas/ and parcours.config.yaml to the watcher and, when a YAML
 * file there changes, drops every module the server has evaluated (a page may hold the loaded
 * project) and makes the browser reload the page.
 */
export function watchContent(root: string, onChange: (file: string) => void): Plugin {
  const config = join(root, 'parcours.config.yaml');
  const folders = [join(root, 'journeys'), join(root, 'personas')];
  const isContent = (file: string) =>
    file === config || (/\.ya?ml$/.test(file) && folders.some((folder) => file.startsWith(folder + sep)));
  return {
    name: 'parcours:watch-content',
    configureServer(server) {
      server.watcher.add([config, ...folders]);
      const reload = (file: string) => {
        if (!isContent(file)) return;
        // Server environments first, so the page the browser asks for again is rendered afresh.
        const { client, ...servers } = server.environments;
        for (const environment of [...Object.values(servers), client]) {
          environment.moduleGraph.invalidateAll();
          environment.hot.send({ type: 'full-reload', path: '*' });
        }
        onChange(file);
      };
      server.watcher.on('add', reload).on('change', reload).on('unlink', reload);
    },
  };
}
