import { isAbsolute, relative, resolve } from 'node:path';
import { changeNamesOf, diffProjects } from '../../core/diff/diff-projects.ts';
import { readData } from '../../core/data/read-data.ts';
import {
  locateRepository,
  readRevisions,
  UnknownRevisionError,
  type RevisionRead,
  type RevisionSpec,
} from '../../core/history/read-revisions.ts';
import { readContent } from '../../core/load/read-content.ts';
import { formatDiffGithub } from '../../core/report/format-diff-github.ts';
import { formatDiffJson } from '../../core/report/format-diff-json.ts';
import { formatDiffMarkdown, type CommentLanguage } from '../../core/report/format-diff-markdown.ts';
import type { Change } from '../../core/diff/change.ts';
import type { JourneyModel } from '../../core/model/project.ts';
import { changeSentences } from '../../core/messages/change-sentences.ts';
import { formatters } from '../../core/messages/format.ts';
import { catalogue } from '../../core/messages/index.ts';
import type { Lang } from '../../core/model/lang.ts';
import { terminalWording } from '../../core/report/wording.ts';
import { formatDiffPretty } from '../../core/report/format-diff-pretty.ts';
import { openProjectCache } from '../../core/check/cache-dir.ts';
import { checkRead } from '../../core/check/check-project.ts';
import type { CheckResult } from '../../core/check/check-sources.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';
import { LANG_HELP, LANG_OPTION, parseLang } from '../output-lang.ts';
import { oneOf, parseCommandArgs } from '../parse-command-args.ts';
import { resolveRoot } from '../resolve-root.ts';

export const DIFF_HELP = `Usage: parcours diff <base> [<head>] [--root DIR] [--format pretty|markdown|json|github] [--lang fr|en] [--fail-on warn|info]

Compares every journey and persona between two Git revisions and says what the
change means for the customer: steps added, removed, renamed or moved, touchpoints
removed or moved to another channel, emotions that drop, moments of truth lost,
opportunities that change status...

Arguments:
  <base>           a commit, branch or tag (origin/main, HEAD~3, v1.2)
  <head>           the same; default: the working tree under DIR
                   REV:PATH reads the content root PATH (from the repository's top,
                   or ./PATH from the current directory) at REV instead of DIR

Options:
  --root DIR       content root holding journeys/, personas/ and parcours.config.yaml
                   (default: the current directory)
  --format FORMAT  pretty (default): each change with its level, kind, file:line and message
                   markdown: a pull-request comment with a summary table and emotion charts
                   json:     {base, head, totals, subjects, problems} (see docs/diff-format.md)
                   github:   workflow-command annotations at the changed lines
${LANG_HELP}
  --fail-on LEVEL  exit 1 when a change of this level or above is found: warn or info
  -h, --help       show this help

Exit codes: 0 done (and --fail-on not met), 1 --fail-on met, 2 usage error, unknown
revision, or not a Git repository.
`;

const FORMATS = ['pretty', 'markdown', 'json', 'github'] as const;
const LEVELS = ['none', 'warn', 'info'] as const;

export async function diffCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'diff',
    args,
    {
      root: { type: 'string' },
      format: { type: 'string' },
      'fail-on': { type: 'string' },
      ...LANG_OPTION,
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values.help) {
    io.stdout.write(DIFF_HELP);
    return EXIT.ok;
  }
  const format = oneOf('diff', 'format', values.format, FORMATS, 'pretty');
  const failOn = oneOf('diff', 'fail-on', values['fail-on'], LEVELS, 'none');
  const asked = parseLang('diff', values.lang);
  if (positionals.length === 0 || positionals.length > 2)
    throw new UsageError(`parcours diff: expected a base revision and an optional head revision; got ${positionals.length} arguments.`);
  const root = await resolveRoot('diff', io.cwd, values.root);
  const repository = await locateRepository(root);
  if (!repository) throw new UsageError(`parcours diff: ${root} is not inside a Git repository, so there are no revisions to compare.`);

  const specs = positionals.map((arg) => parseSpec(arg, repository, io.cwd));
  let sides: RevisionRead[];
  try {
    sides = await readRevisions(repository.top, specs);
  } catch (error) {
    if (error instanceof UnknownRevisionError)
      throw new UsageError(
        `parcours diff: ${error.message} Check the name with \`git log --oneline --all\`; in CI, fetch enough history (actions/checkout with fetch-depth: 0).`,
      );
    throw error;
  }
  if (specs.length === 1) {
    const [read, { data, problems }] = await Promise.all([readContent(root), readData(root)]);
    sides.push({ ...read, problems: [...read.problems, ...problems], data });
  }
  const cache = openProjectCache(root, io.env, io.cwd);
  // Measured data is merged into the steps' metrics on both sides, so a figure that moves in data/ is a metric-changed.
  const [before, after] = sides.map((side) => checkRead(side, { cache, data: side.data })) as [CheckResult, CheckResult];
  const diff = diffProjects(before, after);

  const labels = { base: positionals[0]!, head: positionals[1] ?? 'working tree' };
  const headDir = specs[1]?.dir ?? repository.prefix;
  const fromTop = (file: string) => `${headDir}${file}`;
  const lang = asked ?? after.project.config.lang;
  if (format === 'json') io.stdout.write(formatDiffJson(diff, labels));
  else if (format === 'markdown')
    io.stdout.write(formatDiffMarkdown(diff, labels, { displayPath: fromTop, language: commentLanguage(before, after, lang) }));
  else if (format === 'github') io.stdout.write(formatDiffGithub(diff, { displayPath: fromTop }));
  else {
    io.stdout.write(
      formatDiffPretty(diff, labels, {
        displayPath: (file) => relative(io.cwd, resolve(repository.top, fromTop(file))),
        color: Boolean(io.stdout.isTTY) && io.env.NO_COLOR === undefined,
        language: lang === 'en' ? undefined : { ...commentLanguage(before, after, lang), words: catalogue(lang).reports.diffPretty },
      }),
    );
  }
  const failed = failOn === 'info' ? diff.totals.changes > 0 : failOn === 'warn' ? diff.totals.warnings > 0 : false;
  return failed ? EXIT.problems : EXIT.ok;
}

/** `REV` (content root: --root) or `REV:PATH` (content root PATH at REV, as git reads `REV:PATH`). */
function parseSpec(arg: string, repository: { top: string; prefix: string }, cwd: string): RevisionSpec {
  const colon = arg.indexOf(':');
  if (colon === -1) return { rev: arg, dir: repository.prefix };
  const rev = arg.slice(0, colon);
  const path = arg.slice(colon + 1);
  if (rev === '') throw new UsageError(`parcours diff: "${arg}" names no revision before the colon.`);
  const fromTop = path.startsWith('./') || path.startsWith('../') ? relative(repository.top, resolve(cwd, path)) : path;
  if (isAbsolute(fromTop) || fromTop.startsWith('..')) throw new UsageError(`parcours diff: "${path}" lies outside the repository.`);
  const dir = fromTop.replace(/^\/+|\/+$/g, '');
  return { rev, dir: dir === '' ? '' : `${dir}/` };
}

/**
 * The pull-request comment in `lang` (the head's `lang` unless --lang says otherwise), each change
 * written as the site writes it, with the names of journeys, stages, steps, personas and channels.
 */
function commentLanguage(before: CheckResult, after: CheckResult, lang: Lang): CommentLanguage {
  const { currency } = after.project.config;
  const fmt = formatters(lang, currency);
  const { describe } = terminalWording(lang);
  const names = changeNamesOf(before, after);
  const byId = (journeys: readonly JourneyModel[]) => new Map(journeys.map((journey) => [journey.id, journey]));
  const [was, now] = [byId(before.project.journeys), byId(after.project.journeys)];
  // One writer per journey: stage and step ids are only unique within a journey.
  const writers = new Map<string, (change: Change) => string>();
  return {
    words: catalogue(lang).reports.diffComment,
    problem: (problem) => describe(problem).message,
    personaName: names.personaName,
    sentence: (change) => {
      const id = change.journey ?? '';
      let write = writers.get(id);
      if (!write) {
        write = changeSentences({ ...names, lang, fmt, journeys: [now.get(id), was.get(id)] });
        writers.set(id, write);
      }
      return write(change);
    },
  };
}
