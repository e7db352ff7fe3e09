import { catalogue } from '../../core/messages/index.ts';
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { openProjectCache } from '../../core/check/cache-dir.ts';
import { checkProject } from '../../core/check/check-project.ts';
import { EVENTS_DIR } from '../../core/events/find-event-logs.ts';
import { runEvents } from '../../core/events/run-events.ts';
import { countBySeverity, sortProblems } from '../../core/problem.ts';
import { formatGithub } from '../../core/report/format-github.ts';
import { formatJson } from '../../core/report/format-json.ts';
import { terminalWording } from '../../core/report/wording.ts';
import { COUNTS_FROM, formatCodeCounts } from '../../core/report/format-code-counts.ts';
import { confinePublic } from '../../publish/confine-public.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';
import { LANG_HELP, LANG_OPTION, parseLang } from '../output-lang.ts';
import { oneOf, parseCommandArgs } from '../parse-command-args.ts';
import { prettyReport } from '../pretty-report.ts';
import { resolveRoot } from '../resolve-root.ts';

export const VALIDATE_HELP = `Usage: parcours validate [--root DIR] [--format pretty|github|json] [--lang fr|en] [--max-warnings N]

Checks every journey, persona and the config under DIR against the schemas and
the cross-file rules, the symbolic links under public/, and the event logs under
data/events/ (bad rows, missing columns, the steps' event patterns), and reports
all problems of all files at once.

Options:
  --root DIR       content root holding journeys/, personas/ and parcours.config.yaml
                   (default: the current directory)
  --format FORMAT  pretty (default): path:line:col, message, rule code and code frame
                   github: workflow-command annotations for pull requests
                   json:   {"problems":[{file,line,column,severity,code,message}]}
${LANG_HELP}
  --max-warnings N fail (exit 1) when there are more than N warnings
  -h, --help       show this help

The level of each warning code is set under \`rules:\` in parcours.config.yaml
(off, warn or error). With more than ${COUNTS_FROM} problems, the pretty report ends
with a count per code.

Exit codes: 0 no error (warnings allowed), 1 errors found or more warnings than
--max-warnings, 2 usage or I/O error.
`;

const FORMATS = ['pretty', 'github', 'json'] as const;

export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('validate', args, {
    root: { type: 'string' },
    format: { type: 'string' },
    'max-warnings': { type: 'string' },
    ...LANG_OPTION,
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(VALIDATE_HELP);
    return EXIT.ok;
  }
  const format = oneOf('validate', 'format', values.format, FORMATS, 'pretty');
  const asked = parseLang('validate', values.lang);
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0))
    throw new UsageError(`parcours validate: --max-warnings takes a whole number of 0 or more; got "${values['max-warnings']}".`);
  const root = await resolveRoot('validate', io.cwd, values.root);
  const cache = openProjectCache(root, io.env, io.cwd);
  // The event logs are checked against the journeys' patterns, which needs the model of each journey.
  const withEvents = existsSync(join(root, EVENTS_DIR));
  const checked = await checkProject(root, { keep: withEvents ? 'model' : 'problems', cache });
  const eventProblems = withEvents ? (await runEvents(root, checked, cache)).problems : [];
  // The symbolic links under public/ that the build would refuse, so a pull request's check shows them.
  const problems = sortProblems([...checked.problems, ...eventProblems, ...(await confinePublic(root))]);
  const files = checked.files;
  const lang = asked ?? checked.project.config.lang;

  if (format === 'json') io.stdout.write(formatJson(problems));
  else if (format === 'github')
    io.stdout.write(
      formatGithub(problems, { displayPath: (file) => relative(io.cwd, resolve(root, file)), wording: terminalWording(lang) }),
    );
  else {
    io.stdout.write(prettyReport({ problems, files }, root, io, lang));
    if (problems.length > COUNTS_FROM) io.stdout.write(`\n${formatCodeCounts(problems)}`);
  }
  const { errors, warnings } = countBySeverity(problems);
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(`${catalogue(lang).reports.tooManyWarnings(warnings, maxWarnings)}\n`);
    return EXIT.problems;
  }
  return errors > 0 ? EXIT.problems : EXIT.ok;
}
