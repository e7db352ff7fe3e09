import { relative, resolve } from 'node:path';
import { openProjectCache } from '../../core/check/cache-dir.ts';
import { checkProject } from '../../core/check/check-project.ts';
import { countBySeverity, sortProblems } from '../../core/problem.ts';
import { formatGithub } from '../../core/report/format-github.ts';
import { formatJson } from '../../core/report/format-json.ts';
import { confinePublic } from '../../publish/confine-public.ts';
import { EXIT, type CliIo } from '../io.ts';
import { oneOf, parseCommandArgs } from '../parse-command-args.ts';
import { prettyReport } from '../pretty-report.ts';
import { resolveRoot } from '../resolve-root.ts';

export const VALIDATE_HELP = `Usage: parcours validate [--root DIR] [--format pretty|github|json]

Checks every journey, persona and the config under DIR against the schemas and
the cross-file rules, and the symbolic links under public/, and reports all problems
of all files at once.

Options:
  --root DIR       content root holding journeys/, personas/ and parcours.config.yaml
                   (default: the current directory)
  --format FORMAT  pretty (default): path:line:col, message, rule code and code frame
                   github: workflow-command annotations for pull requests
                   json:   {"problems":[{file,line,column,severity,code,message}]}
  -h, --help       show this help

Exit codes: 0 no error (warnings allowed), 1 errors found, 2 usage or I/O error.
`;

const FORMATS = ['pretty', 'github', 'json'] as const;

export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('validate', args, {
    root: { type: 'string' },
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(VALIDATE_HELP);
    return EXIT.ok;
  }
  const format = oneOf('validate', 'format', values.format, FORMATS, 'pretty');
  const root = await resolveRoot('validate', io.cwd, values.root);
  const checked = await checkProject(root, { keep: 'problems', cache: openProjectCache(root, io.env, io.cwd) });
  // The symbolic links under public/ that the build would refuse, so a pull request's check shows them.
  const problems = sortProblems([...checked.problems, ...(await confinePublic(root))]);
  const files = checked.files;

  if (format === 'json') io.stdout.write(formatJson(problems));
  else if (format === 'github') io.stdout.write(formatGithub(problems, { displayPath: (file) => relative(io.cwd, resolve(root, file)) }));
  else io.stdout.write(prettyReport({ problems, files }, root, io));
  return countBySeverity(problems).errors > 0 ? EXIT.problems : EXIT.ok;
}
