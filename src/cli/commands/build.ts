import { relative, resolve } from 'node:path';
import { contentCacheDir } from '../../core/check/cache-dir.ts';
import { openContentCache } from '../../core/check/content-cache.ts';
import { checkProject } from '../../core/check/check-project.ts';
import { countBySeverity, sortProblems } from '../../core/problem.ts';
import { confinePublic } from '../../publish/confine-public.ts';
import { describeBuildError } from '../../publish/describe-build-error.ts';
import { dayStart, projectContent } from '../../publish/site-content.ts';
import { SITE_ROOT } from '../../publish/site-root.ts';
import { siteToday } from '../../site/content-root.ts';
import { buildMessages } from '../build-messages.ts';
import { countingCache, progressLines } from '../build-progress-lines.ts';
import { checkOutDir } from '../check-out-dir.ts';
import { EXIT, type CliIo } from '../io.ts';
import { parseCommandArgs } from '../parse-command-args.ts';
import { prettyReport } from '../pretty-report.ts';
import { resolveRoot } from '../resolve-root.ts';

export const BUILD_HELP = `Usage: parcours build [--root DIR] [--out DIR] [--quiet]

Checks the content under DIR like \`parcours validate\`, then builds the static site
(journey maps, personas, channels, opportunities, search index) into the output directory.
The site is built beside it and swapped in only when the build succeeds: content errors or a
failed build leave the previous output untouched.

Options:
  --root DIR   content root holding journeys/, personas/ and parcours.config.yaml
               (default: the current directory)
  --out DIR    output directory (default: dist/ under the current directory)
  --quiet      print only problems and the summary, not each phase
  -h, --help   show this help

Exit codes: 0 built, 1 content errors or failed build, 2 usage or I/O error.
`;

export async function buildCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('build', args, {
    root: { type: 'string' },
    out: { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(BUILD_HELP);
    return EXIT.ok;
  }
  // The current directory by default, as every command: a team runs Parcours from its own repository.
  const root = await resolveRoot('build', io.cwd, values.root);
  const outDir = resolve(io.cwd, values.out ?? 'dist');
  await checkOutDir('build', outDir, [root, SITE_ROOT, io.cwd]);

  const shown = (path: string) => {
    const fromCwd = relative(io.cwd, path);
    return fromCwd === '' ? '.' : fromCwd.startsWith('..') ? path : fromCwd;
  };
  // With the site's day, so that the site can use this check as is.
  const today = siteToday();
  const cache = contentCacheDir(root, io.env, io.cwd);
  const checkStarted = performance.now();
  const counted = countingCache(openContentCache(cache));
  const checked = await checkProject(root, { now: dayStart(today), cache: counted });
  // Astro copies public/ following links: one that leaves the root or loops stops the build here.
  checked.problems = sortProblems([...checked.problems, ...(await confinePublic(root, { outDir }))]);
  const { errors, warnings } = countBySeverity(checked.problems);
  const says = buildMessages(checked.project.config.lang);
  if (errors > 0) {
    io.stdout.write(prettyReport(checked, root, io, checked.project.config.lang));
    io.stderr.write(`${says.contentErrors(shown(outDir))}\n`);
    return EXIT.problems;
  }
  if (warnings > 0) io.stderr.write(`${says.warnings(warnings, shown(root))}\n`);

  // Each phase's line, in the content's language (the check's only once it is known to have no errors).
  const progress = progressLines(io, { lang: checked.project.config.lang, quiet: values.quiet ?? false });
  progress.record(
    'check',
    { done: checked.files.size, reused: 0, indexed: 0, cacheHits: counted.hits, cacheLookups: counted.lookups },
    performance.now() - checkStarted,
  );

  const started = performance.now();
  try {
    // Loaded here so that other commands do not pay for loading Astro.
    const { buildSite } = await import('../../publish/build-site.ts');
    const { pages, pdfs } = await buildSite({ content: projectContent(root, today, { checked, cache }), outDir, progress });
    progress.finish();
    if ('leftOut' in pdfs) io.stderr.write(`${says.pdfsLeftOut(pdfs.leftOut)}\n`);
    io.stdout.write(`${says.built(pages, shown(outDir), performance.now() - started)}\n`);
    return EXIT.ok;
  } catch (error) {
    // A system error (disk full, permissions) is an I/O error for main to report.
    progress.finish({ failed: true });
    if (error instanceof Error && 'syscall' in error) throw error;
    io.stderr.write(`${says.failed(shown(outDir))}\n${describeBuildError(error, io.cwd)}\n`);
    if (io.env.PARCOURS_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return EXIT.problems;
  }
}
