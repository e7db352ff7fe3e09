import { relative } from 'node:path';
import { contentCacheDir, openProjectCache } from '../../core/check/cache-dir.ts';
import type { CheckResult } from '../../core/index.ts';
import { countBySeverity } from '../../core/problem.ts';
import { confinePublic } from '../../publish/confine-public.ts';
import { liveContent } from '../../publish/live-content.ts';
import { siteToday } from '../../site/content-root.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';
import { parseCommandArgs } from '../parse-command-args.ts';
import { prettyReport } from '../pretty-report.ts';
import { catalogue } from '../../core/messages/index.ts';
import { resolveRoot } from '../resolve-root.ts';

export const DEV_HELP = `Usage: parcours dev [--root DIR] [--port N]

Serves the site of the content under DIR on 127.0.0.1 while you edit it. When a YAML file
under journeys/ or personas/, parcours.config.yaml or a data/*.csv file changes, the content is
checked again (problems are printed here, and the page shows the error) and the browser reloads.
An event log under data/events/ is analysed again once it has stopped changing for a moment.
Search is only available in a built site (parcours build).

Journey and persona pages have an Edit button (Modifier on a French site): changes made in the
page are checked as validate checks them and written to the YAML files, changing only the lines
they touch. The edit API answers only this server's pages, with the session's token; Parcours
never commits: the page's review lists the git commands to run.

Options:
  --root DIR   content root holding journeys/, personas/ and parcours.config.yaml
               (default: the current directory)
  --port N     port to listen on (default: 4321; the next free one if it is taken)
  -h, --help   show this help

Stop it with Ctrl+C. Exit codes: 0 stopped, 2 usage or I/O error.
`;

export async function devCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('dev', args, {
    root: { type: 'string' },
    port: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(DEV_HELP);
    return EXIT.ok;
  }
  const port = Number(values.port ?? 4321);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`parcours dev: --port must be a port number from 0 to 65535; got "${values.port}".`);
  }
  // The current directory by default, as every command: a team runs Parcours from its own repository.
  const root = await resolveRoot('dev', io.cwd, values.root);

  // One check, in memory, shared with the site's pages and checked again when a file changes.
  const content = liveContent(root, siteToday(), contentCacheDir(root, io.env, io.cwd));
  // What was last printed: the watcher may check a file twice for one save (an editor that
  // empties it, then writes it: see watch-content.ts), and the same problems are said once.
  let printed = '';
  const report = (checked: CheckResult) => {
    const { errors, warnings } = countBySeverity(checked.problems);
    // Errors only, so that they are not lost among the warnings while editing.
    const { lang } = checked.project.config;
    const words = catalogue(lang).reports.dev;
    const text =
      (errors > 0
        ? prettyReport({ ...checked, problems: checked.problems.filter((problem) => problem.severity === 'error') }, root, io, lang)
        : `${words.clean(checked.project.journeys.length, checked.project.personas.length)}\n`) +
      (warnings > 0 ? `${words.warningsNotShown(warnings)}\n` : '');
    if (errors > 0 && text === printed) return;
    printed = text;
    io.stderr.write(text);
  };
  const first = await content.latest();
  const words = () => catalogue(first.project.config.lang).reports.dev;
  // Vite serves public/ following links: refuse to serve one that leaves the root or loops.
  const publicProblems = await confinePublic(root);
  if (publicProblems.length > 0) {
    io.stderr.write(prettyReport({ problems: publicProblems, files: new Map() }, root, io, first.project.config.lang));
    io.stderr.write(`${words().publicLinks}\n`);
    return EXIT.problems;
  }
  report(first);
  // Loaded here so that other commands do not pay for loading Astro.
  const { devSite } = await import('../../publish/dev-site.ts');
  const { devEditing } = await import('../../publish/edit-dev.ts');
  const editing = devEditing(root, content, openProjectCache(root, io.env, io.cwd));
  const site = await devSite({
    content,
    host: '127.0.0.1',
    port,
    onContentChange: async (file) => {
      io.stderr.write(`${words().changed(relative(io.cwd, file))}\n`);
      await content
        .changed(file)
        .then(report, (error: unknown) => io.stderr.write(`parcours dev: ${error instanceof Error ? error.message : String(error)}\n`));
    },
    edit: editing.serving,
  });
  io.stdout.write(`${words().serving(site.url, root)}\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await site.stop();
  editing.close();
  return EXIT.ok;
}
