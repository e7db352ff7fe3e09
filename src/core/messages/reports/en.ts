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
    clean: (journeys, personas) =>
      `Content checked: no errors (${count(journeys, { one: 'journey', other: 'journeys' })}, ${count(personas, { one: 'persona', other: 'personas' })}).`,
    warningsNotShown: (warnings) => `Not shown: ${count(warnings, nouns.warning)}, which \`parcours validate\` lists.`,
  },
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
};
