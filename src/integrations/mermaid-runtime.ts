import type { AstroIntegration } from 'astro';
import { copyFile, mkdir, readdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * When some journey's flow diagram could not be drawn at build time (no flow.svg beside its flow.mmd),
 * copies Mermaid's prebuilt browser files to <outDir>/_parcours/mermaid/, so the page can load them
 * from the site itself when a reader opens the diagram. Copying the prebuilt files keeps Mermaid out of
 * Vite's bundle and out of every build that does not need it.
 */
export function mermaidRuntime(): AstroIntegration {
  return {
    name: 'parcours:mermaid-runtime',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        if (!(await needsRuntime(join(site, 'journeys')))) return;
        const source = dirname(createRequire(import.meta.url).resolve('mermaid'));
        const target = join(site, '_parcours', 'mermaid');
        const chunks = join('chunks', 'mermaid.esm.min');
        await mkdir(join(target, chunks), { recursive: true });
        await copyFile(join(source, 'mermaid.esm.min.mjs'), join(target, 'mermaid.esm.min.mjs'));
        const files = (await readdir(join(source, chunks))).filter((name) => name.endsWith('.mjs'));
        await Promise.all(files.map((name) => copyFile(join(source, chunks, name), join(target, chunks, name))));
        logger.info('Flow diagrams will be drawn in the browser: Mermaid copied to _parcours/mermaid/.');
      },
    },
  };
}

async function needsRuntime(journeys: string): Promise<boolean> {
  let ids: string[];
  try {
    ids = await readdir(journeys);
  } catch {
    return false;
  }
  for (const id of ids) {
    const [text, svg] = await Promise.all([exists(join(journeys, id, 'flow.mmd')), exists(join(journeys, id, 'flow.svg'))]);
    if (text && !svg) return true;
  }
  return false;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
