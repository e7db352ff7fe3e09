import type { Change } from '../diff/change.ts';
import type { ProjectDiff, SubjectDiff } from '../diff/diff-projects.ts';
import { catalogue, type ReportWords } from '../messages/index.ts';
import type { Problem } from '../problem.ts';
import type { DiffLabels } from './diff-labels.ts';
import { mermaidEmotionChart } from './mermaid-emotion-chart.ts';

/** Hidden first line of the comment, by which the pull-request workflow finds and updates it. */
export const DIFF_COMMENT_MARKER = '<!-- parcours-diff -->';

export interface DiffMarkdownOptions {
  /** How paths are shown (relative to the repository root, for links that work on GitHub). */
  displayPath?: (file: string) => string;
  /**
   * The comment's language (the content's `lang`): its strings, each change as a sentence with
   * names, and persona names. Without it the comment is in English with the changes' messages.
   */
  language?: CommentLanguage;
}

export interface CommentLanguage {
  /** The comment's own words, from the catalogue of its language (src/core/messages/reports/). */
  words: ReportWords['diffComment'];
  sentence(change: Change): string;
  problem(problem: Problem): string;
  personaName(id: string): string | undefined;
}

const ENGLISH: CommentLanguage = {
  words: catalogue('en').reports.diffComment,
  sentence: (change) => change.message,
  problem: (problem) => problem.message,
  personaName: () => undefined,
};

/**
 * A pull-request comment: a summary table (journey, changes, warnings), then per journey its
 * changes and its emotion curves before and after as Mermaid charts, then personas, then the
 * content that does not validate. Content text is escaped so YAML cannot inject markup or
 * mention people.
 */
export function formatDiffMarkdown(diff: ProjectDiff, labels: DiffLabels, options: DiffMarkdownOptions = {}): string {
  const display = options.displayPath ?? ((file: string) => file);
  const language = options.language ?? ENGLISH;
  const c = language.words;
  const out = [DIFF_COMMENT_MARKER, `## ${c.title}`, ''];
  out.push(c.compared(`\`${code(labels.base)}\``, `\`${code(labels.head)}\``), '');
  if (diff.totals.subjects === 0) out.push(c.noChange, '');

  for (const type of ['journey', 'persona'] as const) {
    const subjects = diff.subjects.filter((subject) => subject.type === type);
    if (subjects.length === 0) continue;
    out.push(`| ${c.kinds[type]} | ${c.changes} | ${c.warnings} |`, '|---|---:|---:|');
    for (const subject of subjects)
      out.push(
        `| ${text(subject.name)} (\`${code(subject.id)}\`, ${c.statuses[subject.status]}) | ${subject.changes.length} | ${subject.warnings > 0 ? `⚠️ ${subject.warnings}` : '0'} |`,
      );
    out.push('');
  }
  for (const subject of diff.subjects) out.push(...subjectSection(subject, display, language));

  for (const [side, problems] of [
    ['base', diff.problems.before],
    ['head', diff.problems.after],
  ] as const) {
    if (problems.length === 0) continue;
    out.push(`### ${c.errors[side](`\`${code(labels[side])}\``)}`, '');
    for (const problem of problems)
      out.push(
        `- \`${code(`${display(problem.file)}:${problem.line}:${problem.column}`)}\` ${text(language.problem(problem))} (\`${problem.code}\`)`,
      );
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function subjectSection(subject: SubjectDiff, display: (file: string) => string, language: CommentLanguage): string[] {
  const c = language.words;
  const out = [`### ${c.kinds[subject.type]} ${text(subject.name)} (\`${code(subject.id)}\`)`, ''];
  for (const change of subject.changes)
    out.push(`- ${change.level === 'warn' ? '⚠️' : 'ℹ️'} \`${change.kind}\` ${text(language.sentence(change))}${place(change, display)}`);
  out.push('');
  const comparison = subject.emotion;
  if (!comparison) return out;
  for (const persona of comparison.personas) {
    const who = persona.startsWith('_') ? c.everyPersona : (language.personaName(persona) ?? persona);
    const chart = mermaidEmotionChart(comparison, persona, c.emotionOf(who), c.emotionAxis);
    if (!chart) continue;
    out.push(c.chartCaption(text(who)), '', '```mermaid', chart, '```', '');
  }
  out.push(...metricTable(subject, c));
  return out;
}

/** The measured figures that moved, one row each, warnings marked: what the curves do not show. */
function metricTable(subject: SubjectDiff, c: ReportWords['diffComment']): string[] {
  const changes = subject.changes.filter((change) => change.kind === 'metric-changed');
  if (changes.length === 0) return [];
  const names = new Map(subject.emotion?.steps.map((step) => [step.id, step.name]));
  const figure = (value: unknown) => (typeof value === 'number' ? String(value) : '—');
  const out = [c.measured, '', `| ${c.step} | ${c.metric} | ${c.before} | ${c.after} | |`, '|---|---|---:|---:|---|'];
  for (const change of changes) {
    const step = change.step === undefined ? '' : text(names.get(change.step) ?? change.step);
    out.push(
      `| ${step} | ${change.field ?? ''} | ${figure(change.before)} | ${figure(change.after)} | ${change.level === 'warn' ? `⚠️ ${c.worse}` : ''} |`,
    );
  }
  out.push('');
  return out;
}

function place(change: Change, display: (file: string) => string): string {
  const where = change.location.after ?? change.location.before;
  if (!where || where.line === undefined) return '';
  return ` (\`${code(`${display(where.file)}:${where.line}`)}\`)`;
}

// Content is the YAML's text: no HTML, no emphasis, no links, no pings in a PR comment. GitHub
// autolinks @user, @org/team, #12, GH-12 and owner/repo#12 outside code (docs: "Autolinked
// references and URLs"); a zero-width space after @ and before an issue number breaks each,
// invisibly. Ids and paths are in code spans instead, where GitHub links nothing.
function text(value: string): string {
  return value
    .replace(/[\\`*_[\]|~]/g, (character) => `\\${character}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/@/g, '@\u200b')
    .replace(/(#|\bGH-)(?=\d)/gi, '$1\u200b')
    .replace(/[\r\n]+/g, ' ');
}

// Inside a code span only a backtick can break out.
function code(value: string): string {
  return value.replace(/`/g, "'");
}
