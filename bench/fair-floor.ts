// The fair floor of the build benches: the site a team would get writing Parcours's pages by hand.
// Every HTML page of Parcours's output at its route, with its visible text, built by bare Astro
// with default settings (bench/floor-site.ts), then Pagefind over the same pages, those Parcours
// marks for search marked the same way (bench/floor-index.ts). Measured as two processes.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type FloorPage, pageText, writeFloorSite } from './floor-site.ts';
import { measureRun, type Run } from './measure-run.ts';

export interface FairFloor {
  /** Bare Astro over the same pages. */
  astro: Run;
  /** Pagefind over the floor's output. */
  pagefind: Run;
  /** astro + pagefind, in seconds. */
  seconds: number;
  pages: number;
  marked: number;
  /** Highest resident memory of either step, in MB. */
  peakMb: number;
}

export async function measureFairFloor(dist: string, floorDir: string, repo: string, env: NodeJS.ProcessEnv): Promise<FairFloor> {
  const paths = (await readdir(dist, { recursive: true })).filter((path) => path.endsWith('.html')).sort();
  const pages: FloorPage[] = await Promise.all(
    paths.map(async (path) => ({
      route: path.replace(/index\.html$/, '').replace(/\.html$/, '/'),
      paragraphs: await pageText(join(dist, path)),
      marked: (await readFile(join(dist, path), 'utf8')).includes('data-pagefind-body'),
    })),
  );
  const data = await writeFloorSite(floorDir, pages, join(repo, 'node_modules'));
  const astro = await measureRun(process.execPath, [join(repo, 'bench', 'floor-build.ts'), floorDir], {
    cwd: floorDir,
    env: { ...env, FLOOR_DATA: data },
  });
  if (astro.code !== 0) throw new Error(`the floor build exited ${astro.code}:\n${astro.stderr.slice(-3000)}`);
  const pagefind = await measureRun(process.execPath, [join(repo, 'bench', 'floor-index.ts'), join(floorDir, 'dist')], {
    cwd: floorDir,
    env,
  });
  if (pagefind.code !== 0) throw new Error(`the floor's Pagefind run exited ${pagefind.code}:\n${pagefind.stderr.slice(-3000)}`);
  return {
    astro,
    pagefind,
    seconds: astro.seconds + pagefind.seconds,
    pages: pages.length,
    marked: pages.filter((page) => page.marked).length,
    peakMb: Math.max(astro.peakMb, pagefind.peakMb),
  };
}
