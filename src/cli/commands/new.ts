import { catalogue } from '../../core/messages/index.ts';
import { mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { SLUG, SLUG_MAX_LENGTH } from '../../core/author/unique-slug.ts';
import { slugify } from '../../core/validate/suggest.ts';
import { starterJourney, starterPersona } from '../../core/author/starter-files.ts';
import { checkProject } from '../../core/index.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';
import { parseCommandArgs } from '../parse-command-args.ts';
import { resolveRoot } from '../resolve-root.ts';
import { schemaTarget } from '../schema-line.ts';
import { FileExistsError, writeFileAtomic } from '../write-file-atomic.ts';

export const NEW_HELP = `Usage: parcours new journey <id> [--root DIR]
       parcours new persona <id> [--root DIR]

Writes a commented starter file, journeys/<id>.yaml or personas/<id>.yaml,
that already passes \`parcours validate\` and \`parcours fmt --check\`. Its first
line, # yaml-language-server: $schema=..., gives editors completion and checks.
A new journey lists the project's existing personas; texts follow the
language of parcours.config.yaml. An existing file is never overwritten.

Arguments:
  <id>         lowercase letters, digits and single hyphens (e.g. commande-en-ligne)

Options:
  --root DIR   content root holding journeys/, personas/ and parcours.config.yaml
               (default: the current directory)
  -h, --help   show this help

Exit codes: 0 file written, 2 usage error, existing file or I/O error.
`;

const KINDS = { journey: 'journeys', persona: 'personas' } as const;

export async function newCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('new', args, { root: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, true);
  if (values.help) {
    io.stdout.write(NEW_HELP);
    return EXIT.ok;
  }
  const [kind, id, ...rest] = positionals;
  if (kind !== 'journey' && kind !== 'persona')
    throw new UsageError(`parcours new: say what to create, \`journey\` or \`persona\`${kind ? `; got "${kind}"` : ''}.`);
  if (id === undefined || rest.length > 0) throw new UsageError(`parcours new ${kind}: give exactly one id.`);
  checkId(`new ${kind}`, id);
  const root = await resolveRoot('new', io.cwd, values.root);

  const { project } = await checkProject(root);
  const existing = (kind === 'journey' ? project.journeys : project.personas).find((item) => item.id === id);
  const folder = join(root, KINDS[kind]);
  const file = join(folder, `${id}.yaml`);
  const display = relative(io.cwd, file);
  const words = catalogue(project.config.lang).reports.created;
  if (existing) return refuse(io, words.idTaken('new', kind, id, relative(io.cwd, join(root, existing.file)), 'id'));

  const options = { id, schema: schemaTarget(file, root, kind), config: project.config };
  const text =
    kind === 'journey'
      ? starterJourney(
          options,
          project.personas.map((persona) => persona.id),
          new Date().toISOString().slice(0, 10),
        )
      : starterPersona(options);
  await mkdir(folder, { recursive: true });
  try {
    await writeFileAtomic(file, text, { overwrite: false });
  } catch (error) {
    if (error instanceof FileExistsError) return refuse(io, words.fileExists('new', display, 'id'));
    throw error;
  }
  io.stdout.write(`${words.wrote(display)}\n`);
  if (kind === 'persona') io.stdout.write(`${words.addPersona(id)}\n`);
  return EXIT.ok;
}

function refuse(io: CliIo, message: string): number {
  io.stderr.write(`${message}\n`);
  return EXIT.usage;
}

/** Refuses an id the schema would refuse, suggesting the nearest valid one. */
export function checkId(command: string, id: string): void {
  if (SLUG.test(id) && id.length <= SLUG_MAX_LENGTH) return;
  const suggestion = slugify(id);
  throw new UsageError(
    `parcours ${command}: "${id}" is not a valid id: use lowercase letters, digits and single hyphens, at most ${SLUG_MAX_LENGTH} characters.` +
      (suggestion ? ` Did you mean \`${suggestion}\`?` : ''),
  );
}
