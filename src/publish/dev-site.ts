import { dev } from 'astro';
import { SITE_ROOT } from './site-root.ts';
import { watchContent } from './watch-content.ts';

export interface DevSiteOptions {
  /** Absolute path of the content root. */
  root: string;
  host: string;
  port: number;
  /** Called after a YAML file of the content changed and the browser was told to reload. */
  onContentChange: (file: string) => void;
}

export interface DevSite {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts Astro's dev server on the site for the content under `root`, reloading the browser
 * when the content changes. Sets PARCOURS_ROOT for the life of the process, as pages read it
 * on every render.
 */
export async function devSite({ root, host, port, onContentChange }: DevSiteOptions): Promise<DevSite> {
  process.env.PARCOURS_ROOT = root;
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const server = await dev({
    root: SITE_ROOT,
    logLevel: 'info',
    server: { host, port },
    devToolbar: { enabled: false },
    vite: { plugins: [watchContent(root, onContentChange)] },
  });
  return { url: `http://${host}:${server.address.port}/`, stop: () => server.stop() };
}
