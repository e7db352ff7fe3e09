import { dev } from 'astro';
import { contentErrorPage } from './content-error-page.ts';
import type { LiveContent } from './live-content.ts';
import { type EditServing, editApiPlugin } from './edit-plugin.ts';
import { siteConfig } from './site-config.ts';
import { watchContent } from './watch-content.ts';

export interface DevSiteOptions {
  /** The content, kept current as its files change. */
  content: LiveContent;
  host: string;
  port: number;
  /** Called once a file of the content changed and was checked again, before the browser reloads. */
  onContentChange: (file: string) => void | Promise<void>;
  /** The edit API (edit-api.ts), served under /__parcours/edit, and whether a file's bytes are its own last write. */
  edit?: EditServing;
}

export interface DevSite {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts Astro's dev server on the site of `content`, checking a changed file of the content again
 * and then reloading the browser.
 */
export async function devSite({ content, host, port, onContentChange, edit }: DevSiteOptions): Promise<DevSite> {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const config = await siteConfig(content);
  const server = await dev({
    ...config,
    configFile: false,
    logLevel: 'info',
    server: { host, port },
    vite: {
      plugins: [
        watchContent(content.root, onContentChange, edit?.isOwnWrite),
        // Before the error page, so the page can still save while the content has errors.
        ...(edit ? [editApiPlugin(edit)] : []),
        contentErrorPage(content),
      ],
    },
  });
  return { url: `http://${host}:${server.address.port}/`, stop: () => server.stop() };
}
