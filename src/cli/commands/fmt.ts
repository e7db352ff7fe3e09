import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, relative, resolve } from 'node:path';
import { decodeUtf8 } from '../../core/load/decode-utf8.ts';
import { readContent, type SourceFile, type SourceKind } from '../../core/load/read-content.ts';
import { formatSource } from '../../core/format/format-source.ts';
import { readSchemaLine, schemaLineResolves, withSchemaLine } from '../../core/load/schema-line.ts';
import type { Problem } from '../../core/problem.ts';
import { formatPretty } from '../../core/report/format-pretty.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';
import { parseCommandArgs } from '../parse-command-args.ts';
import { resolveRoot } from '../resolve-root.ts';
import { schemaTarget } from '../schema-line.ts';
import { writeFileAtomic } from '../write-file-atomic.ts';

export const FMT_HELP = `Usage: parcours fmt [--check] [--root DIR] [FILE...]

Rewrites journeys, personas and parcours.config.yaml in one canonical layout:
keys in the order of the schema at every level, two-space indents, lists
indented under their key, flow maps as { a: 1 } and flow lists as [a, b].
Comments, blank lines, quoting and block or flow style are kept, and
formatting twice changes nothing. Each file gets a schema line
(# yaml-language-server: $schema=...) that resolves: added when missing,
repaired when it points nowhere (to node_modules/parcours/schema/). A file that is not valid YAML is reported
(file:line:col) and left untouched. Files are replaced atomically.

Arguments:
  FILE...      files to format: *.yaml under a journeys/ or personas/ folder, or
               parcours.config.yaml (default: every content file under DIR)

Options:
  --check      change nothing; list the files that would change, each with the
               command that lays it out, and exit 1 if any (in GitHub Actions,
               also as an error annotation on each file)
  --root DIR   content root holding journeys/, personas/ and parcours.config.yaml
               (default: the current directory)
  -h, --help   show this help

Exit codes: 0 nothing to do or all formatted, 1 files would change (--check) or
some files are not valid YAML, 2 usage or I/O error.
`;

export async function fmtCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'fmt',
    args,
    {
      check: { type: 'boolean' },
      root: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values.help) {
    io.stdout.write(FMT_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0 && values.root !== undefined) throw new UsageError('parcours fmt: give either --root or files, not both.');
  // Paths are kept relative to `base`, so messages name files as the user wrote them.
  const base = positionals.length > 0 ? io.cwd : await resolveRoot('fmt', io.cwd, values.root);
  const { sources, problems } = positionals.length > 0 ? await readFiles(positionals, io.cwd) : await readContent(base);

  const changed: string[] = [];
  const exists = (path: string) => existsSync(path);
  for (const source of sources) {
    const result = formatSource(source);
    problems.push(...result.problems);
    if (result.text === undefined) continue;
    // A file gets a schema line that resolves: added when it has none, repaired when it points nowhere.
    const file = resolve(base, source.path);
    const line = readSchemaLine(result.text);
    if (!line || !schemaLineResolves(line.target, file, exists))
      result.text = withSchemaLine(result.text, schemaTarget(file, base, source.kind));
    if (result.text === source.text) continue;
    changed.push(source.path);
    if (!values.check) await writeFileAtomic(resolve(base, source.path), result.text, { overwrite: true });
  }

  const display = (file: string) => relative(io.cwd, resolve(base, file)) || file;
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    const texts = new Map(sources.map((source) => [source.path, source.text]));
    io.stderr.write(
      formatPretty(errors, { texts, displayPath: display, color: Boolean(io.stderr.isTTY) && io.env.NO_COLOR === undefined }),
    );
  }
  for (const path of changed) {
    // The fix, file by file: a pull request's check fails here, and its log should say what to run.
    if (!values.check) io.stdout.write(`formatted ${display(path)}\n`);
    else {
      io.stdout.write(`would reformat ${display(path)}: run npx parcours fmt ${display(path)}\n`);
      if (io.env.GITHUB_ACTIONS === 'true')
        io.stdout.write(
          `::error file=${display(path)},title=parcours fmt::This file is not laid out as parcours fmt lays it out. Run npx parcours fmt ${display(path)} and commit the result.\n`,
        );
    }
  }
  const unchanged = sources.length - changed.length - new Set(errors.map((problem) => problem.file)).size;
  io.stdout.write(
    `${changed.length} file${changed.length === 1 ? '' : 's'} ${values.check ? 'would change' : 'formatted'}, ${unchanged} unchanged${errors.length > 0 ? `, ${new Set(errors.map((problem) => problem.file)).size} not formatted (see errors)` : ''}.\n`,
  );
  if (values.check && changed.length > 0)
    io.stdout.write(
      `Run npx parcours fmt${positionals.length > 0 || values.root === undefined ? '' : ` --root ${values.root}`} to lay them out, then commit them.\n`,
    );
  return errors.length > 0 || (values.check && changed.length > 0) ? EXIT.problems : EXIT.ok;
}

/** Reads the files named on the command line; the folder or name of each says what it holds. */
async function readFiles(paths: readonly string[], cwd: string): Promise<{ sources: SourceFile[]; problems: Problem[] }> {
  const sources: SourceFile[] = [];
  const problems: Problem[] = [];
  for (const path of paths) {
    const kind = kindOf(resolve(cwd, path), path);
    let bytes: Buffer;
    try {
      bytes = await readFile(resolve(cwd, path));
    } catch (error) {
      throw new Error(`cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`);
    }
    const decoded = decodeUtf8(relative(cwd, resolve(cwd, path)), kind, bytes);
    if ('problem' in decoded) problems.push(decoded.problem);
    else sources.push(decoded.source);
  }
  return { sources, problems };
}

function kindOf(absolute: string, path: string): SourceKind {
  if (/^parcours\.config\.ya?ml$/.test(basename(absolute))) return 'config';
  if (/\.ya?ml$/.test(absolute)) {
    const folder = basename(dirname(absolute));
    if (folder === 'journeys') return 'journey';
    if (folder === 'personas') return 'persona';
  }
  throw new UsageError(
    `parcours fmt: ${path} is not a content file; give *.yaml files under journeys/ or personas/, or parcours.config.yaml.`,
  );
}
