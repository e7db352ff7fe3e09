import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import {
  GITIGNORE_LINES,
  SCAFFOLD_SCRIPTS,
  scaffoldConfig,
  scaffoldPreCommit,
  scaffoldReadme,
  scaffoldVscodeExtensions,
  scaffoldVscodeSettings,
  STARTER_IDS,
} from '../../core/author/scaffold-files.ts';
import { SCAFFOLD_WORKFLOW } from '../../core/author/scaffold-workflow.ts';
import { starterJourney, starterPersona } from '../../core/author/starter-files.ts';
import { resolveConfig, type Lang } from '../../core/model/resolve-config.ts';
import { EXIT, type CliIo } from '../io.ts';
import { oneOf, parseCommandArgs } from '../parse-command-args.ts';
import { schemaTarget } from '../schema-line.ts';
import { FileExistsError, writeFileAtomic } from '../write-file-atomic.ts';

export const INIT_HELP = `Usage: parcours init [DIR] [--lang fr|en]

Writes a ready maps repository into DIR (default: the current folder), and never
overwrites a file: an existing one is left as it is and named.

  parcours.config.yaml                 title and language
  personas/<id>.yaml, journeys/<id>.yaml  a starter persona and journey that pass
                                       validate and fmt --check
  package.json                         scripts validate, build, dev, diff (added to
                                       an existing one, keeping its own scripts),
                                       and parcours as a dev dependency
  .vscode/settings.json, extensions.json  the YAML extension, schemas mapped
  .gitignore                           dist/ and node_modules/ (lines added)
  .github/workflows/parcours.yml       pull requests: annotations and one diff
                                       comment updated in place; main: GitHub Pages
  README.md (PARCOURS.md if there is one), .pre-commit-config.yaml

Options:
  --lang LANG  language of the site and of the starter files: fr (default) or en
  -h, --help   show this help

Exit codes: 0 written (files that existed are listed as kept), 2 usage or I/O error.
`;

const LANGS = ['fr', 'en'] as const;

export async function initCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'init',
    args,
    {
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values.help) {
    io.stdout.write(INIT_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 1) {
    io.stderr.write('parcours init: give at most one folder.\n');
    return EXIT.usage;
  }
  const lang: Lang = oneOf('init', 'lang', values.lang, LANGS, 'fr');
  const root = resolve(io.cwd, positionals[0] ?? '.');
  await mkdir(root, { recursive: true });
  const written: string[] = [];
  const kept: string[] = [];
  const write = async (path: string, text: string) => {
    const file = join(root, path);
    await mkdir(dirname(file), { recursive: true });
    try {
      await writeFileAtomic(file, text, { overwrite: false });
      written.push(path);
    } catch (error) {
      if (!(error instanceof FileExistsError)) throw error;
      kept.push(path);
    }
  };

  // package.json first: the schema lines of the content point beside it.
  await updatePackageJson(root, written, kept);
  const config = resolveConfig({ lang });
  const ids = STARTER_IDS[lang];
  await write('parcours.config.yaml', scaffoldConfig(lang, lang === 'fr' ? 'Nos parcours clients' : 'Our customer journeys'));
  const personaFile = join(root, 'personas', `${ids.persona}.yaml`);
  await write(relative(root, personaFile), starterPersona({ id: ids.persona, schema: schemaTarget(personaFile, root, 'persona'), config }));
  const journeyFile = join(root, 'journeys', `${ids.journey}.yaml`);
  await write(
    relative(root, journeyFile),
    starterJourney(
      { id: ids.journey, schema: schemaTarget(journeyFile, root, 'journey'), config },
      [ids.persona],
      new Date().toISOString().slice(0, 10),
    ),
  );
  await write('.vscode/settings.json', scaffoldVscodeSettings());
  await write('.vscode/extensions.json', scaffoldVscodeExtensions());
  await updateGitignore(root, written, kept);
  await write('.github/workflows/parcours.yml', SCAFFOLD_WORKFLOW);
  await write('.pre-commit-config.yaml', scaffoldPreCommit());
  const readme = await readFile(join(root, 'README.md')).then(
    () => 'PARCOURS.md',
    () => 'README.md',
  );
  await write(readme, scaffoldReadme(lang));

  const where = relative(io.cwd, root);
  for (const path of written) io.stdout.write(`wrote ${join(where, path)}\n`);
  for (const path of kept) io.stdout.write(`kept  ${join(where, path)} (already there)\n`);
  // fmt after each edit: the workflow's pull-request check runs fmt --check.
  io.stdout.write(
    `\nNext:\n  ${where ? `cd ${where} && ` : ''}npm install\n  npx parcours validate\n  npx parcours fmt        # lays out the YAML as the pull-request check expects\n  npx parcours dev\n`,
  );
  return EXIT.ok;
}

/** Adds the scripts and the dev dependency to package.json, or writes one; an existing script or dependency is kept. */
async function updatePackageJson(root: string, written: string[], kept: string[]): Promise<void> {
  const file = join(root, 'package.json');
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  const version = JSON.parse(await readFile(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  if (text === undefined) {
    const name =
      basename(root)
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^[._-]+|-+$/g, '') || 'journey-maps';
    const pkg = { name, private: true, scripts: { ...SCAFFOLD_SCRIPTS }, devDependencies: { parcours: `^${version.version}` } };
    await writeFileAtomic(file, `${JSON.stringify(pkg, null, 2)}\n`, { overwrite: false });
    written.push('package.json');
    return;
  }
  let pkg: { scripts?: Record<string, string>; dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
  try {
    pkg = JSON.parse(text) as typeof pkg;
  } catch {
    throw new Error('package.json is not valid JSON; it was left as it is. Fix it and run parcours init again.');
  }
  const scripts = { ...pkg.scripts };
  for (const [name, command] of Object.entries(SCAFFOLD_SCRIPTS)) scripts[name] ??= command;
  const hasParcours = pkg.dependencies?.parcours !== undefined || pkg.devDependencies?.parcours !== undefined;
  const next = {
    ...pkg,
    scripts,
    ...(hasParcours ? {} : { devDependencies: { ...pkg.devDependencies, parcours: `^${version.version}` } }),
  };
  const indent = /^[ \t]+/m.exec(text)?.[0] ?? '  ';
  const updated = `${JSON.stringify(next, null, indent)}\n`;
  if (updated === text) kept.push('package.json');
  else {
    await writeFileAtomic(file, updated, { overwrite: true });
    written.push('package.json (scripts added)');
  }
}

/** Appends the lines .gitignore lacks, keeping everything it has. */
async function updateGitignore(root: string, written: string[], kept: string[]): Promise<void> {
  const file = join(root, '.gitignore');
  const text = await readFile(file, 'utf8').catch(() => undefined);
  const present = new Set((text ?? '').split(/\r?\n/).map((line) => line.trim()));
  const missing = GITIGNORE_LINES.filter((line) => !present.has(line) && !present.has(line.replace(/\/$/, '')) && !present.has(`/${line}`));
  if (missing.length === 0) {
    kept.push('.gitignore');
    return;
  }
  const prefix = text === undefined ? '' : text.endsWith('\n') || text === '' ? text : `${text}\n`;
  await writeFileAtomic(
    file,
    `${prefix}# Parcours: the built site (the content cache is under node_modules/.cache/parcours)\n${missing.join('\n')}\n`,
    { overwrite: true },
  );
  written.push(text === undefined ? '.gitignore' : '.gitignore (lines added)');
}
