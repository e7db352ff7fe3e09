import { catalogue } from '../../core/messages/index.ts';
import { resolve } from 'node:path';
import { checkProject } from '../../core/index.ts';
import { journeyToCsv, leftOutOfCsv } from '../../core/export/journey-csv.ts';
import { journeyToMermaid } from '../../core/export/journey-mermaid.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';
import { findJourney } from '../find-journey.ts';
import { parseCommandArgs } from '../parse-command-args.ts';
import { resolveRoot } from '../resolve-root.ts';
import { writeFileAtomic } from '../write-file-atomic.ts';

export const EXPORT_HELP = `Usage: parcours export csv <journey-id> [--excel] [--out FILE] [--root DIR]
       parcours export mermaid <journey-id> [--out FILE] [--root DIR]

Writes a journey for other tools, to standard output or to --out.

csv      a row a step: stage, stage id, step id, step, description, channels, the
         emotion of each persona, thoughts, pain points, opportunities, moment of
         truth and metrics; then the details: stage description, expectations and
         experience (on a stage's first row), touchpoint names, ownership and
         descriptions, evidence of thoughts and pain points, opportunity
         descriptions, impact, effort, status and owners, backstage with teams and
         systems, evidence, attachments, sub-journey. A detail column lines up
         with its list: line N belongs to item N. Headers in the site's language;
         RFC 4180 quoting; cells a spreadsheet would run as formulas (starting
         with = + - @) get a leading apostrophe, which \`parcours import csv\`
         removes. What a row cannot hold (the journey's own fields: summary,
         owner...) is named on standard error.
mermaid  a Mermaid journey diagram: sections are stages, tasks are steps scored
         1..5 from the mean emotion of the personas there, actors are persona ids.

Options:
  --excel     for Excel in French: ";" between cells, decimal commas, and a byte
              order mark so accents show right
  --out FILE  write to FILE (replaced atomically) instead of standard output
  --root DIR  content root holding journeys/ and personas/ (default: .)
  -h, --help  show this help

Exit codes: 0 written, 2 usage error (unknown journey...) or I/O error.
`;

export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'export',
    args,
    {
      out: { type: 'string' },
      root: { type: 'string' },
      excel: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values.help) {
    io.stdout.write(EXPORT_HELP);
    return EXIT.ok;
  }
  const [format, id, ...rest] = positionals;
  if (format !== 'csv' && format !== 'mermaid')
    throw new UsageError(`parcours export: say what to write, \`csv\` or \`mermaid\`${format ? `; got "${format}"` : ''}.`);
  if (id === undefined || rest.length > 0) throw new UsageError(`parcours export ${format}: give exactly one journey id.`);
  if (values.excel && format !== 'csv') throw new UsageError('parcours export: --excel applies to csv only.');
  const root = await resolveRoot('export', io.cwd, values.root);
  const { project } = await checkProject(root);
  const journey = findJourney(`export ${format}`, project, id);
  const text =
    format === 'mermaid'
      ? journeyToMermaid(journey, project.config)
      : values.excel
        ? `\ufeff${journeyToCsv(journey, project.config, { delimiter: ';' })}`
        : journeyToCsv(journey, project.config);
  if (format === 'csv') {
    const left = leftOutOfCsv(journey);
    if (left.length > 0) io.stderr.write(`${catalogue(project.config.lang).reports.leftOutOfCsv(left, journey.file)}\n`);
  }
  if (values.out === undefined) io.stdout.write(text);
  else await writeFileAtomic(resolve(io.cwd, values.out), text, { overwrite: true });
  return EXIT.ok;
}
