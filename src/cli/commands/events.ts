import { openProjectCache } from '../../core/check/cache-dir.ts';
import { checkProject } from '../../core/check/check-project.ts';
import { formatObservedPretty } from '../../core/events/format-events-pretty.ts';
import { observeProject } from '../../core/events/observe-project.ts';
import { runEvents } from '../../core/events/run-events.ts';
import { warehouseSql } from '../../core/events/warehouse-sql.ts';
import { catalogue } from '../../core/messages/index.ts';
import { countBySeverity } from '../../core/problem.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';
import { findJourney } from '../find-journey.ts';
import { LANG_HELP, LANG_OPTION, parseLang } from '../output-lang.ts';
import { oneOf, parseCommandArgs } from '../parse-command-args.ts';
import { prettyReport } from '../pretty-report.ts';
import { resolveRoot } from '../resolve-root.ts';

export const EVENTS_HELP = `Usage: parcours events [JOURNEY] [--root DIR] [--format pretty|json] [--lang fr|en] [--sql]

Lays the paths customers really took, read from the event logs under
data/events/ (CSV or Parquet, sub-folders and hive-partitioned folders
included), over the designed map: for each journey whose steps list \`events\`,
cases, each step's reach and drop-off, where cases enter and leave,
directly-follows pairs with the median and 90th percentile of the time between
them, variants, channel switches, conformance to the map's order, and the cost
to serve from the observed contacts beside the one from metrics.volume.

No case id and no event is printed; a figure made over fewer cases than
events.minCases (parcours.config.yaml, default 10) is withheld.

Options:
  --root DIR       content root holding journeys/ and data/events/ (default: .)
  --format FORMAT  pretty (default): a block per journey
                   json: {"journeys":[...observed.json...],"insights":[...],
                   "eventNames":[...],"rows","badRows","problems":[...]}
${LANG_HELP}
  --sql            print the queries of the analysis (plain SQL with window
                   functions) to run in a warehouse, and the extract a
                   warehouse sends back as Parquet (docs/observed-format.md)
  -h, --help       show this help

Exit codes: 0 analysed, 1 the logs or the patterns have errors (the good rows
are still analysed), 2 usage or I/O error.
`;

const FORMATS = ['pretty', 'json'] as const;

export async function eventsCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'events',
    args,
    {
      root: { type: 'string' },
      format: { type: 'string' },
      sql: { type: 'boolean' },
      ...LANG_OPTION,
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values.help) {
    io.stdout.write(EVENTS_HELP);
    return EXIT.ok;
  }
  const format = oneOf('events', 'format', values.format, FORMATS, 'pretty');
  const asked = parseLang('events', values.lang);
  if (positionals.length > 1) throw new UsageError('parcours events: give at most one journey id.');
  const root = await resolveRoot('events', io.cwd, values.root);
  const checked = await checkProject(root);
  const journey = positionals[0] === undefined ? undefined : findJourney('events', checked.project, positionals[0]);
  const journeys = journey ? [journey] : checked.project.journeys;
  if (values.sql) {
    io.stdout.write(warehouseSql(journeys));
    return EXIT.ok;
  }
  const events = await runEvents(root, checked, openProjectCache(root, io.env, io.cwd));
  const observed = observeProject(checked.project, events);
  const shown = journeys.filter((candidate) => observed.journeys.has(candidate.id));
  const insightsOf = (id: string) => observed.insights.filter((insight) => insight.journey === id);
  if (format === 'json') {
    io.stdout.write(
      `${JSON.stringify(
        {
          journeys: shown.map((candidate) => observed.journeys.get(candidate.id)),
          insights: shown.flatMap((candidate) => insightsOf(candidate.id)),
          eventNames: events.eventNames.map((name) => name.event),
          logs: events.logs,
          rows: events.rows,
          badRows: events.badRows,
          problems: events.problems.map(({ file, line, column, severity, code, message }) => ({
            file,
            line,
            column,
            severity,
            code,
            message,
          })),
        },
        null,
        2,
      )}\n`,
    );
  } else {
    const lang = asked ?? checked.project.config.lang;
    const words = catalogue(lang).reports.events;
    if (events.logs === 0) io.stdout.write(`${words.noLog}\n`);
    else if (shown.length === 0) io.stdout.write(`${words.noMappedStep}\n`);
    for (const candidate of shown)
      io.stdout.write(`${formatObservedPretty(candidate, observed.journeys.get(candidate.id)!, insightsOf(candidate.id), words)}\n`);
    if (events.logs > 0) io.stdout.write(`${words.totals(events.rows, events.badRows, events.logs)}\n`);
    if (events.problems.length > 0)
      io.stderr.write(prettyReport({ problems: events.problems, files: checked.files }, root, { ...io, stdout: io.stderr }, lang));
  }
  return countBySeverity(events.problems).errors > 0 ? EXIT.problems : EXIT.ok;
}
