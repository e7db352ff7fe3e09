export type Severity = 'error' | 'warning';

/**
 * The catalogue of problem codes. A code is permanent: tools and CI scripts match on it, so a
 * code is never renamed or reused for something else. The README lists them from here.
 */
export const PROBLEM_CODES = {
  // Reading files
  'file-unreadable': { severity: 'error', summary: 'The file could not be read.' },
  'file-not-regular': { severity: 'error', summary: 'A directory or special file is named like a YAML file.' },
  'file-too-large': { severity: 'error', summary: 'The file is larger than Parcours accepts.' },
  'file-encoding': { severity: 'error', summary: 'The file is not valid UTF-8.' },
  'file-bom': { severity: 'warning', summary: 'The file starts with a byte order mark.' },
  'file-empty': { severity: 'error', summary: 'The file holds no YAML document.' },
  'file-link-outside': { severity: 'error', summary: 'A symbolic link leads outside the content root; it is not followed.' },
  'file-link-loop': { severity: 'error', summary: 'A symbolic link leads back to itself; it is not followed.' },
  'file-link-in-revision': {
    severity: 'error',
    summary: 'At a past revision, a content file is a symbolic link (Git mode 120000); it is not followed.',
  },
  // YAML syntax
  'yaml-syntax': { severity: 'error', summary: 'The YAML cannot be parsed.' },
  'yaml-tab-indent': { severity: 'error', summary: 'A tab is used for indentation.' },
  'yaml-duplicate-key': { severity: 'error', summary: 'A key appears twice in the same map.' },
  'yaml-multiple-documents': { severity: 'error', summary: 'The file holds more than one YAML document.' },
  'yaml-alias-limit': { severity: 'error', summary: 'Aliases expand beyond the safe limit (alias bomb).' },
  'yaml-forbidden-key': { severity: 'error', summary: 'A key such as __proto__ or << is not allowed.' },
  'yaml-not-a-map': { severity: 'error', summary: 'The document is not a map of fields.' },
  // Schema
  'required-field': { severity: 'error', summary: 'A required field is missing.' },
  'unknown-field': { severity: 'error', summary: 'A field is not part of the model.' },
  'invalid-type': { severity: 'error', summary: 'A value has the wrong type.' },
  'invalid-value': { severity: 'error', summary: 'A value is not one of those allowed.' },
  'invalid-id': { severity: 'error', summary: 'An id is not a lowercase slug.' },
  'invalid-format': { severity: 'error', summary: 'A value does not have the expected format (a date...).' },
  'out-of-range': { severity: 'error', summary: 'A number is outside its allowed range.' },
  'empty-value': { severity: 'error', summary: 'A text or list is empty where content is needed.' },
  'duplicate-item': { severity: 'error', summary: 'A list holds the same item twice.' },
  // Cross-file rules
  'id-mismatch': { severity: 'error', summary: "The id differs from the file's name." },
  'duplicate-id': { severity: 'error', summary: 'Two journeys, personas, stages or steps share an id.' },
  'unknown-persona': { severity: 'error', summary: 'A persona id refers to no persona.' },
  'unknown-channel': { severity: 'error', summary: 'A channel id is neither built in nor configured.' },
  'unknown-journey': { severity: 'error', summary: 'A journey id refers to no journey.' },
  'emotion-out-of-scale': { severity: 'error', summary: 'An emotion lies outside the configured scale.' },
  'emotion-unknown-persona': { severity: 'error', summary: 'An emotion is given for a persona not in the journey.' },
  'emotion-scale-invalid': { severity: 'error', summary: 'The emotion scale has its minimum above its maximum.' },
  'target-of-invalid': { severity: 'error', summary: 'targetOf does not point to a current journey.' },
  'unsafe-link': { severity: 'error', summary: 'A link uses a scheme other than http(s), mailto or a relative path.' },
  'media-file-missing': { severity: 'error', summary: 'An image, audio or video attachment names a file that is not under public/.' },
  // Warnings
  'step-without-touchpoints': { severity: 'warning', summary: 'A step has no touchpoint.' },
  'media-without-transcript': { severity: 'warning', summary: 'An audio or video attachment has no transcript.' },
  'media-file-too-large': { severity: 'warning', summary: 'A media file under public/ is larger than mediaMaxMegabytes.' },
  'persona-unused': { severity: 'warning', summary: 'No journey uses this persona.' },
  'review-overdue': { severity: 'warning', summary: 'The journey was last reviewed longer ago than the review age.' },
  'schema-line-unresolved': { severity: 'warning', summary: "A file's schema line points to no schema, so editors give no completion." },
  'emotion-missing-persona': { severity: 'warning', summary: "A step's emotion map leaves out a persona of the journey." },
  'theme-contrast': {
    severity: 'warning',
    summary: 'A colour of the theme does not reach WCAG AA contrast against the background it is used on.',
  },
  // Spreadsheet and Mermaid import, measured data files
  'csv-syntax': { severity: 'error', summary: 'A CSV file cannot be read: a quoted cell is never closed.' },
  'csv-missing-column': { severity: 'error', summary: 'A CSV file lacks a column it needs.' },
  'csv-unknown-column': { severity: 'warning', summary: 'A CSV column is not recognised, so it is ignored.' },
  'mermaid-syntax': { severity: 'error', summary: 'A line of a Mermaid journey diagram cannot be read.' },
  'import-score-rescaled': {
    severity: 'warning',
    summary: 'A Mermaid diagram scores beyond 1..5, so its scores were mapped onto the emotion scale by their own range.',
  },
  'import-persona-missing': { severity: 'warning', summary: 'An imported journey names a persona that has no file yet.' },
  'data-unknown-journey': { severity: 'error', summary: 'A data row names a journey that does not exist.' },
  'data-unknown-step': { severity: 'error', summary: 'A data row names a step the journey does not have.' },
  'data-invalid-value': { severity: 'error', summary: "A data cell is not a number within its metric's range." },
  'data-invalid-period': { severity: 'error', summary: 'A data period is not YYYY-MM, YYYY-Qn or YYYY-MM-DD.' },
  'data-duplicate-row': { severity: 'warning', summary: 'Two data rows give figures for the same step and period.' },
  // Event logs (data/events/) and the steps' event patterns
  'events-file-unreadable': { severity: 'error', summary: 'An event log under data/events/ cannot be read as CSV or Parquet.' },
  'events-missing-column': {
    severity: 'error',
    summary: 'An event log lacks the case, timestamp or event column (or one the config names).',
  },
  'events-bad-row': {
    severity: 'warning',
    summary: 'An event log row has no case, an unreadable timestamp or a value in an unknown column; it is left out.',
  },
  'events-pattern-overlap': { severity: 'error', summary: 'Patterns of two steps of one journey match the same event.' },
  'events-pattern-unmatched': { severity: 'warning', summary: "A step's event pattern matches no event of the logs." },
  // Evidence, freshness and insights
  'owner-missing': { severity: 'warning', summary: 'The journey names no owner to keep it true.' },
  'review-date-missing': { severity: 'warning', summary: 'The journey has no lastReviewed date.' },
  'claims-without-evidence': { severity: 'warning', summary: 'Emotions or pain points of a journey cite no source.' },
  'inclusion-gap-digital': { severity: 'warning', summary: 'A step is digital only while a persona of the journey is far from digital.' },
  'inclusion-gap-channels': { severity: 'warning', summary: "None of a step's channels is among a persona's preferred channels." },
  'moment-of-truth-without-human': { severity: 'warning', summary: 'A moment of truth offers no human touchpoint.' },
  'emotion-cliff': { severity: 'warning', summary: 'The emotion of a persona drops by 3 or more from one step to the next.' },
  'dead-end': { severity: 'warning', summary: 'The journey ends on a negative step with no opportunity.' },
  'stale-claims': {
    severity: 'warning',
    summary:
      'Claims have stood unchanged in Git for longer than the review age with no evidence dated since (shown by the site, which reads the history; validate does not).',
  },
} as const satisfies Record<string, { severity: Severity; summary: string }>;

export type ProblemCode = keyof typeof PROBLEM_CODES;
