import { catalogue } from '../../core/messages/index.ts';
import { terminalWording } from '../../core/report/wording.ts';
import { readFile, mkdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { importedPersona } from '../../core/author/starter-files.ts';
import { checkProject } from '../../core/index.ts';
import { decodeUtf8 } from '../../core/load/decode-utf8.ts';
import { csvToJourney } from '../../core/import/csv-to-journey.ts';
import { journeyToYaml } from '../../core/import/journey-to-yaml.ts';
import { mermaidToJourney } from '../../core/import/mermaid-to-journey.ts';
import { formatPretty } from '../../core/report/format-pretty.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';
import { parseCommandArgs } from '../parse-command-args.ts';
import { resolveRoot } from '../resolve-root.ts';
import { schemaTarget } from '../schema-line.ts';
import { FileExistsError, writeFileAtomic } from '../write-file-atomic.ts';
import { checkId } from './new.ts';

export const IMPORT_HELP = `Usage: parcours import csv <file> --id <journey-id> [--title TITLE] [--root DIR]
       parcours import mermaid <file> --id <journey-id> [--title TITLE] [--root DIR]

Turns a spreadsheet or a Mermaid journey diagram into journeys/<journey-id>.yaml.
An existing file is never overwritten; nothing is written when the input has errors.

csv      a row a step; a header row names the columns, in French or English, in
         any case, with or without accents: Phase/Stage/Étape du parcours,
         Étape/Step/Action, Canal/Canaux/Channel(s), Émotion/Emotion (or one
         column per persona: "Émotion (claire)"), Pensées/Thoughts,
         Irritants/Points de douleur/Pain points, Opportunités/Opportunities,
         Moment de vérité/Moment of truth, Description, Id de la phase/Stage id,
         Id de l'étape/Step id, CSAT, NPS, CES, Volume, Conversion, Abandon/Drop-off,
         Durée/Duration, and the detail columns \`parcours export csv\` writes
         (see its help). Commas, semicolons (Excel in French) or tabs. An empty
         stage cell continues the stage above. Lists: one item a line in a cell,
         or items separated by ";". Emotions: numbers or words of the scale.
mermaid  sections become stages, tasks steps, actors personas (ids made from the
         names in any script), scores 1..5 are mapped onto the emotion scale; a
         diagram scored beyond 1..5 (0..10...) is mapped by its own range, with a
         warning. A score that is not a number is an error.

Each actor or persona column that matches no persona of the project (by id or
name) gets a starter file personas/<id>.yaml holding its name as written.

Options:
  --id ID        id of the new journey (lowercase letters, digits, hyphens)
  --title TITLE  the journey's title (default: the diagram's title, or the id)
  --root DIR     content root holding journeys/ and personas/ (default: .)
  -h, --help     show this help

Exit codes: 0 written (warnings allowed), 1 errors in the input (file:line:col),
2 usage error, existing file or I/O error.
`;

const FORMATS = { csv: csvToJourney, mermaid: mermaidToJourney } as const;

export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'import',
    args,
    {
      id: { type: 'string' },
      title: { type: 'string' },
      root: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values.help) {
    io.stdout.write(IMPORT_HELP);
    return EXIT.ok;
  }
  const [format, input, ...rest] = positionals;
  if (format !== 'csv' && format !== 'mermaid')
    throw new UsageError(`parcours import: say what to import, \`csv\` or \`mermaid\`${format ? `; got "${format}"` : ''}.`);
  if (input === undefined || rest.length > 0) throw new UsageError(`parcours import ${format}: give exactly one file to import.`);
  if (values.id === undefined) throw new UsageError(`parcours import ${format}: --id is required: the id of the journey to create.`);
  checkId(`import ${format}`, values.id);
  const root = await resolveRoot('import', io.cwd, values.root);

  const path = resolve(io.cwd, input);
  const display = relative(io.cwd, path);
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new Error(`cannot read ${display} (${error.code ?? 'unknown error'}).`);
  });
  // The project first: its language is the one of every line below.
  const { project } = await checkProject(root);
  const { lang } = project.config;
  const words = catalogue(lang).reports.created;
  const decoded = decodeUtf8(display, 'journey', bytes);
  const color = Boolean(io.stderr.isTTY) && io.env.NO_COLOR === undefined;
  if ('problem' in decoded) {
    io.stderr.write(formatPretty([decoded.problem], { color, wording: terminalWording(lang) }));
    return EXIT.problems;
  }

  const existing = project.journeys.find((journey) => journey.id === values.id);
  if (existing) {
    io.stderr.write(`${words.idTaken('import', 'journey', values.id, relative(io.cwd, join(root, existing.file)), '--id')}\n`);
    return EXIT.usage;
  }
  const result = FORMATS[format](decoded.source.text, {
    file: display,
    id: values.id,
    ...(values.title !== undefined ? { title: values.title } : {}),
    config: project.config,
    knownPersonas: new Set(project.personas.map((persona) => persona.id)),
    personaNames: new Map(
      project.personas.flatMap((persona) => [
        [persona.name, persona.id],
        [persona.name.toLowerCase(), persona.id],
      ]),
    ),
  });
  if (result.problems.length > 0)
    io.stderr.write(
      formatPretty(result.problems, { texts: new Map([[display, decoded.source.text]]), color, wording: terminalWording(lang) }),
    );
  if (!result.journey) return EXIT.problems;

  const file = join(root, 'journeys', `${values.id}.yaml`);
  const origin = words.origin(relative(root, path).split('\\').join('/'), format);
  const text = journeyToYaml(result.journey, schemaTarget(file, root, 'journey'), origin);
  await mkdir(join(root, 'journeys'), { recursive: true });
  try {
    await writeFileAtomic(file, text, { overwrite: false });
  } catch (error) {
    if (!(error instanceof FileExistsError)) throw error;
    io.stderr.write(`${words.fileExists('import', relative(io.cwd, file), '--id')}\n`);
    return EXIT.usage;
  }
  const written = [relative(io.cwd, file)];
  // A starter file for each persona the input names that the project lacks, so the imported
  // journey validates at once; a file already there (even an invalid one) is never replaced.
  if ((result.personas ?? []).length > 0) await mkdir(join(root, 'personas'), { recursive: true });
  for (const persona of result.personas ?? []) {
    const personaFile = join(root, 'personas', `${persona.id}.yaml`);
    const personaText = importedPersona(
      { id: persona.id, schema: schemaTarget(personaFile, root, 'persona'), config: project.config },
      persona.name,
      origin,
    );
    try {
      await writeFileAtomic(personaFile, personaText, { overwrite: false });
      written.push(relative(io.cwd, personaFile));
    } catch (error) {
      if (!(error instanceof FileExistsError)) throw error;
      io.stderr.write(`${words.personaKept(relative(io.cwd, personaFile), persona.id)}\n`);
    }
  }
  const steps = result.journey.stages.reduce((count, stage) => count + stage.steps.length, 0);
  io.stdout.write(`${words.imported(written[0]!, result.journey.stages.length, steps, written.slice(1))}\n`);
  return EXIT.ok;
}
