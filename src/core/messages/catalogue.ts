/**
 * The message catalogue: every sentence Parcours says about content, one catalogue per language
 * (./en.ts, ./fr.ts), keyed by the permanent codes. Modelled on Astro's errors-data.ts: each code
 * has a `message(params, names)` saying what happened and why, and a `hint` saying what to do.
 *
 * Adding a code:
 *   1. add it to the code list: PROBLEM_CODES (src/core/problem-codes.ts; an insight's code also
 *      to InsightCode in src/core/insights/insight.ts) or CHANGE_KINDS (src/core/diff/change-kinds.ts);
 *   2. add its entry to ./problems/en.ts and ./problems/fr.ts (or ./changes/en.ts and ./changes/fr.ts):
 *      TypeScript refuses a catalogue that lacks a code, and messages.test.ts runs every entry;
 *   3. report it with its params only: `context.report({ code, file, pointer, params })` in a rule,
 *      `problem(code, place, params)` (src/core/make-problem.ts) elsewhere. The English `message`
 *      and `hint` of `validate` are written from the English entry.
 * Params are data (ids, numbers, dates, texts from the content), never words of a language.
 */
import type { Change } from '../diff/change.ts';
import type { ChangeKind } from '../diff/change-kinds.ts';
import type { JsonValue } from '../diff/change.ts';
import type { Lang } from '../model/lang.ts';
import type { ProblemCode } from '../problem-codes.ts';
import type { ProblemParams } from '../problem.ts';

/** A problem's params, read by name; absent params read as "", 0 and []. */
export interface Params {
  readonly raw: ProblemParams;
  has(name: string): boolean;
  text(name: string): string;
  number(name: string): number;
  list(name: string): readonly string[];
}

/**
 * How the reader is shown what a message is about. The terminal and the JSON formats name
 * everything by id in backquotes (`payer`); the site names steps, personas and channels by their
 * names, between its language's quotation marks, and writes numbers and dates for the language.
 */
export interface Names {
  /** A value from the content: `x` in a terminal, “x” or « x » on the site. */
  quote(text: string): string;
  /** A key, a command or YAML to type, as it must be typed. */
  code(text: string): string;
  /** The problem's step (params `step`, `stepName`), as stepName names it. */
  step: string;
  /** A step: its id in backquotes in a terminal, its name quoted on the site. */
  stepName(id: string, name?: string): string;
  /** A persona, by its name where known. */
  persona(id: string): string;
  /** A channel, by its name where known. */
  channel(id: string): string;
  number(value: number): string;
  /** A YYYY-MM-DD date. */
  date(iso: string): string;
}

/** One code's sentences. */
export interface MessageEntry {
  /** What happened and why, in one or two sentences; no "Error:", no exclamation. */
  message(params: Params, names: Names): string;
  /** What to do about it. */
  hint(params: Params, names: Names): string;
}

export type ProblemMessages = { readonly [code in ProblemCode]: MessageEntry };

/** Words the change sentences need for values (states, levels, statuses...). */
export interface Words {
  none: string;
  yes: string;
  no: string;
  allPersonas: string;
  minutes(value: string): string;
  state: { current: string; target: string };
  levels: { low: string; medium: string; high: string };
  statuses: { idea: string; planned: string; 'in-progress': string; done: string };
  affinities: { high: string; medium: string; low: string; none: string };
  /** Whether an affinity word stands alone as a value (French "faible"), or is an adverb (English "little"). */
  affinityAlone: boolean;
}

/** The pieces a language's change sentences are made of, already written for that language. */
export interface SentenceParts {
  change: Change;
  /** A text between the language's quotation marks. */
  quote(text: string): string;
  /** The quoted title of the change's journey. */
  journey: string;
  /** The quoted name of a stage (the change's stage by default). */
  stage(id?: string): string;
  /** The quoted name of the change's step. */
  step: string;
  /** The persona's name, or the language's "all customers". */
  persona: string;
  channel(id: JsonValue | undefined): string;
  /** A value of `before`/`after` as the site shows that field: names for ids, words for enums, dates and numbers written for the language, text quoted, absent values as "none". */
  value(value: JsonValue | undefined): string;
  number(value: number): string;
  signed(value: number): string;
  /** A metric's value with its unit (percent, minutes). */
  metric(value: JsonValue | undefined): string;
  /** The file the change points at, on whichever side it has one. */
  file: string;
}

export type ChangeMessages = { readonly [kind in ChangeKind]: (parts: SentenceParts) => string };

type Status = 'added' | 'removed' | 'modified' | 'invalid';

/** What `parcours events` prints on a terminal around the figures: headings, labels, and the observed insights as sentences. */
export interface EventsWords {
  /** A share of cases (0 to 1) written for the language. */
  percent(share: number): string;
  /** An amount of money with two decimals, without its currency. */
  amount(value: number): string;
  /** The colon after a label (French sets it off with a space). */
  colon: string;
  /** The quotation marks around a step's name. */
  quotes: readonly [string, string];
  /** A duration's units, largest first: days, hours, minutes, seconds. */
  units: readonly [string, string, string, string];
  /** What stands for a figure made over too few cases. */
  withheld: string;
  tooFew(minCases: number): string;
  cases(cases: number, from: string, to: string): string;
  columns: { step: string; reached: string; reach: string; dropOff: string; channels: string };
  notMapped: string;
  enterAt: string;
  leaveAt: string;
  directlyFollows: { title: string; count: string; median: string; p90: string };
  switches: string;
  /** "web -> phone at a -> b". */
  switchAt(channels: string, steps: string): string;
  variants: string;
  otherVariants(variants: number): string;
  inOrder: string;
  reachLast(step: string): string;
  cost(observed: string, months: number, fromVolumes: string | undefined): string;
  insights: string;
  withheldFigures(figures: number, minCases: number): string;
  noLog: string;
  noMappedStep: string;
  totals(rows: number, badRows: number, files: number): string;
  /** The observed insights, steps and channels already named (steps quoted), shares written by percent(). */
  insight: {
    'drop-off'(share: string, step: string, dropped: number): string;
    'costly-switch'(count: number, from: string, to: string, fromStep: string, toStep: string, cost: string): string;
    /** The costly switches past those listed: how many pairs of steps and channels, their switches, their cost a month. */
    'costly-switch-others'(pairs: number, count: number, cost: string): string;
    'rarely-reached'(step: string, share: string | undefined): string;
    'loop-back'(count: number, share: string, from: string, to: string): string;
    skip(count: number, share: string, from: string, to: string): string;
  };
}

/** The words around the messages in each report: validate's summary, the diff's, the pull-request comment's, the dev server's overlay. */
export interface ReportWords {
  severities: { error: string; warning: string };
  /** What heads a hint in the terminal. */
  hint: string;
  noProblems: string;
  summary(errors: number, warnings: number, files: number): string;
  overlay: { title: string; intro(errors: number, files: number): string; warnings(warnings: number): string };
  /** What `parcours dev` prints: where it serves, each file that changed, and after each check. */
  dev: {
    serving(url: string, root: string): string;
    changed(file: string): string;
    publicLinks: string;
    clean(journeys: number, personas: number): string;
    warningsNotShown(warnings: number): string;
  };
  /** What `parcours new` and `parcours import` print when they write a file, or refuse to. */
  created: {
    wrote(file: string): string;
    addPersona(id: string): string;
    /** A file already there is never replaced. */
    fileExists(command: string, file: string, option: string): string;
    idTaken(command: string, kind: 'journey' | 'persona', id: string, file: string, option: string): string;
    /** What `parcours import` wrote: the journey, its size, and a starter file per new persona. */
    imported(file: string, stages: number, steps: number, personaFiles: readonly string[]): string;
    personaKept(file: string, id: string): string;
    /** The comment at the top of an imported file. */
    origin(source: string, format: string): string;
  };
  /** `parcours export csv`: what a CSV of one row per step cannot hold. */
  leftOutOfCsv(fields: readonly string[], file: string): string;
  /** `validate --max-warnings N` exceeded. */
  tooManyWarnings(warnings: number, allowed: number): string;
  diffPretty: {
    types: { journey: string; persona: string };
    statuses: Record<Status, string>;
    /** The colon before a subject's counts (French sets it off with a space). */
    colon: string;
    counts(changes: number, warnings: number): string;
    errorsIn(errors: number, side: 'base' | 'head', label: string): string;
    noChange(base: string, head: string): string;
    totals(changes: number, warnings: number, subjects: number, base: string, head: string): string;
  };
  diffComment: {
    title: string;
    compared(base: string, head: string): string;
    noChange: string;
    kinds: { journey: string; persona: string };
    changes: string;
    warnings: string;
    statuses: Record<Status, string>;
    errors: { base(label: string): string; head(label: string): string };
    everyPersona: string;
    emotionOf(who: string): string;
    /** The name of the emotion chart's value axis. */
    emotionAxis: string;
    chartCaption(who: string): string;
    measured: string;
    step: string;
    metric: string;
    before: string;
    after: string;
    worse: string;
  };
  /** What `parcours fmt` prints; `command` is the command to type, as it must be typed. */
  fmt: {
    formatted(path: string): string;
    wouldReformat(path: string, command: string): string;
    /** The GitHub Actions annotation on a file that --check finds unformatted. */
    annotation(command: string): string;
    summary(changed: number, unchanged: number, notFormatted: number, check: boolean): string;
    /** After --check found files: what to run for them all. */
    runForAll(command: string): string;
  };
  /** What `parcours init` prints: the files it wrote or kept, then the commands to run next. */
  init: {
    wrote(path: string): string;
    kept(path: string): string;
    next: string;
    /** Said beside `npx parcours fmt` among the next commands. */
    fmtComment: string;
  };
  events: EventsWords;
}

/** Everything one language says. */
export interface Catalogue {
  lang: Lang;
  /** The language's quotation marks. */
  quotes: readonly [string, string];
  problems: ProblemMessages;
  changes: ChangeMessages;
  words: Words;
  reports: ReportWords;
}
