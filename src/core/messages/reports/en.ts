import type { ReportWords } from '../catalogue.ts';
import { counter } from '../plural.ts';

const count = counter('en');
const nouns = {
  error: { one: 'error', other: 'errors' },
  warning: { one: 'warning', other: 'warnings' },
  file: { one: 'file', other: 'files' },
  change: { one: 'change', other: 'changes' },
  subject: { one: 'journey or persona', other: 'journeys or personas' },
};

/** The words of the reports (validate, diff, the pull-request comment, the dev server's overlay) in English. */
export const enReports: ReportWords = {
  severities: { error: 'error', warning: 'warning' },
  hint: 'hint:',
  noProblems: 'No problems found.',
  summary: (errors, warnings, files) =>
    `${count(errors, nouns.error)} and ${count(warnings, nouns.warning)} in ${count(files, nouns.file)}.`,
  overlay: {
    title: 'The content has errors',
    intro: (errors, files) =>
      `${count(errors, nouns.error)} in ${count(files, nouns.file)}: the site shows again once ${errors === 1 ? 'it is' : 'they are'} fixed.`,
    warnings: (warnings) => `${count(warnings, nouns.warning)}`,
  },
  dev: {
    // The address stays the first http:// of the line: scripts and tests read it from there.
    serving: (url, root) => `Parcours dev server: ${url} (content: ${root}). Press Ctrl+C to stop.`,
    changed: (file) => `${file} changed; reloading.`,
    publicLinks: 'parcours dev: public/ holds symbolic links that cannot be served; nothing was started.',
    clean: (journeys, personas) =>
      `Content checked: no errors (${count(journeys, { one: 'journey', other: 'journeys' })}, ${count(personas, { one: 'persona', other: 'personas' })}).`,
    warningsNotShown: (warnings) => `Not shown: ${count(warnings, nouns.warning)}, which \`parcours validate\` lists.`,
  },
  created: {
    wrote: (file) => `Wrote ${file}.`,
    addPersona: (id) => `Add \`${id}\` to the \`personas\` of the journeys this persona lives.`,
    fileExists: (command, file, option) =>
      `parcours ${command}: ${file} already exists; it was left as it is. Choose another ${option} or remove the file.`,
    idTaken: (command, kind, id, file, option) =>
      `parcours ${command}: a ${kind} with the id \`${id}\` already exists in ${file}; choose another ${option}.`,
    imported: (file, stages, steps, personaFiles) =>
      `Wrote ${file}: ${count(stages, { one: 'stage', other: 'stages' })}, ${count(steps, { one: 'step', other: 'steps' })}.${
        personaFiles.length > 0 ? ` Wrote a starter persona for each new actor: ${personaFiles.join(', ')}.` : ''
      } Run \`parcours validate\` to check it.`,
    personaKept: (file, id) => `parcours import: ${file} already exists; it was left as it is (the journey names the persona \`${id}\`).`,
    origin: (source, format) => `Imported from ${source} by \`parcours import ${format}\`.`,
  },
  leftOutOfCsv: (fields, file) =>
    `parcours export csv: left out of the CSV, since a row is a step: ${fields.join(', ')}. They stay in ${file}.`,
  tooManyWarnings: (warnings, allowed) =>
    `parcours validate: ${count(warnings, nouns.warning)}, more than --max-warnings ${allowed} allows.`,
  diffPretty: {
    types: { journey: 'journey', persona: 'persona' },
    statuses: { added: 'added', removed: 'removed', modified: 'modified', invalid: 'invalid' },
    colon: ': ',
    counts: (changes, warnings) => `${count(changes, nouns.change)}, ${count(warnings, nouns.warning)}`,
    errorsIn: (errors, side, label) => `${count(errors, nouns.error)} in the ${side} content (${label}):`,
    noChange: (base, head) => `No change to journeys or personas between ${base} and ${head}.`,
    totals: (changes, warnings, subjects, base, head) =>
      `${count(changes, nouns.change)} (${count(warnings, nouns.warning)}) in ${count(subjects, nouns.subject)} between ${base} and ${head}.`,
  },
  diffComment: {
    title: 'Parcours: what this change means for the customer',
    compared: (base, head) => `Compared ${base} with ${head}.`,
    noChange: 'No change to journeys or personas.',
    kinds: { journey: 'Journey', persona: 'Persona' },
    changes: 'Changes',
    warnings: 'Warnings',
    statuses: { added: 'added', removed: 'removed', modified: 'modified', invalid: 'invalid' },
    errors: { base: (label) => `Errors in the base content (${label})`, head: (label) => `Errors in the head content (${label})` },
    everyPersona: 'every persona',
    emotionOf: (who) => `Emotion of ${who}`,
    emotionAxis: 'Emotion',
    chartCaption: (who) => `Emotion of ${who}: grey bars before, blue line after, dark line at 0.`,
    measured: 'Measured figures:',
    step: 'Step',
    metric: 'Metric',
    before: 'Before',
    after: 'After',
    worse: 'worse',
  },
  fmt: {
    formatted: (path) => `formatted ${path}`,
    wouldReformat: (path, command) => `would reformat ${path}: run ${command}`,
    annotation: (command) => `This file is not laid out as parcours fmt lays it out. Run ${command} and commit the result.`,
    summary: (changed, unchanged, notFormatted, check) =>
      `${count(changed, nouns.file)} ${check ? 'would change' : 'formatted'}, ${unchanged} unchanged${notFormatted > 0 ? `, ${notFormatted} not formatted (see errors)` : ''}.`,
    runForAll: (command) => `Run ${command} to lay them out, then commit them.`,
  },
  init: {
    wrote: (path) => `wrote ${path}`,
    kept: (path) => `kept  ${path} (already there)`,
    next: 'Next:',
    fmtComment: 'lays out the YAML as the pull-request check expects',
  },
  events: {
    percent: (share) => `${(share * 100).toFixed(1)}%`,
    amount: (value) => value.toFixed(2),
    colon: ': ',
    quotes: ['"', '"'],
    units: ['d', 'h', 'm', 's'],
    withheld: 'withheld',
    tooFew: (minCases) => `fewer than ${minCases} cases: every figure is withheld.`,
    cases: (cases, from, to) => `${count(cases, { one: 'case', other: 'cases' })}, ${from} to ${to}`,
    columns: { step: 'step', reached: 'reached', reach: 'reach', dropOff: 'drop-off', channels: 'channels' },
    notMapped: '(no events mapped)',
    enterAt: 'enter at',
    leaveAt: 'leave at',
    directlyFollows: { title: 'directly follows', count: 'count', median: 'median', p90: 'p90' },
    switches: 'channel switches',
    switchAt: (channels, steps) => `${channels} at ${steps}`,
    variants: 'variants',
    otherVariants: (variants) => `other (${count(variants, { one: 'variant', other: 'variants' })})`,
    inOrder: "in the map's order",
    reachLast: (step) => `reach the last step (${step})`,
    cost: (observed, months, fromVolumes) =>
      `cost to serve per month: ${observed} observed over ${count(months, { one: 'month', other: 'months' })}${fromVolumes !== undefined ? `, ${fromVolumes} from metrics.volume` : ''}`,
    insights: 'insights',
    withheldFigures: (figures, minCases) =>
      `${count(figures, { one: 'figure', other: 'figures' })} made over fewer than ${minCases} cases ${figures === 1 ? 'is' : 'are'} withheld.`,
    noLog: 'No event log under data/events/: nothing to observe.',
    noMappedStep: 'No step lists `events`: add event names or patterns to the steps to lay the logs over the map.',
    totals: (rows, badRows, files) =>
      `${count(rows, { one: 'row', other: 'rows' })} read, ${badRows} left out, from ${count(files, nouns.file)}.`,
    insight: {
      'drop-off': (share, step, dropped) =>
        `${share} of the cases reaching ${step} go no further (${count(dropped, { one: 'case', other: 'cases' })}).`,
      'costly-switch': (switches, from, to, fromStep, toStep, cost) =>
        `${count(switches, { one: 'case switches', other: 'cases switch' })} from ${from} to ${to} between ${fromStep} and ${toStep}: ${cost} a month on ${to}.`,
      'costly-switch-others': (pairs, switches, cost) =>
        `And ${count(pairs, { one: 'other switch', other: 'other switches' })} to a costlier channel (${count(switches, { one: 'time', other: 'times' })}): ${cost} a month.`,
      'rarely-reached': (step, share) => `Few cases reach ${step}${share === undefined ? ' (too few to publish)' : ` (${share})`}.`,
      'loop-back': (cases, share, from, to) =>
        `${count(cases, { one: 'case', other: 'cases' })} (${share}) go back from ${from} to ${to}, which the map does not show.`,
      skip: (cases, share, from, to) =>
        `${count(cases, { one: 'case', other: 'cases' })} (${share}) go from ${from} straight to ${to}, skipping mapped steps.`,
    },
  },
};
