import type { Change } from '../diff/change.ts';
import type { ProjectDiff, SubjectDiff } from '../diff/diff-projects.ts';
import type { DiffLabels } from './diff-labels.ts';
import { mermaidEmotionChart } from './mermaid-emotion-chart.ts';

/** Hidden first line of the comment, by which the pull-request workflow finds and updates it. */
export const DIFF_COMMENT_MARKER = '<!-- parcours-diff -->';

export interface DiffMarkdownOptions {
  /** How paths are shown (relative to the repository root, for links that work on GitHub). */
  displayPath?: (file: string) => string;
}

/**
 * A pull-request comment: a summary table (journey, changes, warnings), then per journey its
 * changes and its emotion curves before and after as Mermaid charts, then personas, then the
 * content that does not validate. Content text is escaped so YAML cannot inject markup or
 * mention people.
 */
export function formatDiffMarkdown(diff: ProjectDiff, labels: DiffLabels, options: DiffMarkdownOptions = {}): string {
  const display = options.displayPath ?? ((file: string) => file);
  const out = [DIFF_COMMENT_MARKER, '## Parcours: what this change means for the customer', ''];
  out.push(`Compared \`${code(labels.base)}\` with \`${code(labels.head)}\`.`, '');
  if (diff.totals.subjects === 0) out.push('No change to journeys or personas.', '');

  for (const [type, heading] of [['journey', 'Journey'], ['persona', 'Persona']] as const) {
    const subjects = diff.subjects.filter((subject) => subject.type === type);
    if (subjects.length === 0) continue;
    out.push(`| ${heading} | Changes | Warnings |`, '|---|---:|---:|');
    for (const subject of subjects) out.push(`| ${text(subject.name)} (\`${code(subject.id)}\`, ${subject.status}) | ${subject.changes.length} | ${subject.warnings > 0 ? `⚠️ ${subject.warnings}` : '0'} |`);
    out.push('');
  }
  for (const subject of diff.subjects) out.push(...subjectSection(subject, display));

  for (const [side, problems] of [['base', diff.problems.before], ['head', diff.problems.after]] as const) {
    if (problems.length === 0) continue;
    out.push(`### Errors in the ${side} content (\`${code(labels[side])}\`)`, '');
    for (const problem of problems) out.push(`- \`${code(`${display(problem.file)}:${problem.line}:${problem.column}`)}\` ${text(problem.message)} (\`${problem.code}\`)`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function subjectSection(subject: SubjectDiff, display: (file: string) => string): string[] {
  const out = [`### ${subject.type === 'journey' ? 'Journey' : 'Persona'} ${text(subject.name)} (\`${code(subject.id)}\`)`, ''];
  for (const change of subject.changes) out.push(`- ${change.level === 'warn' ? '⚠️' : 'ℹ️'} \`${change.kind}\` ${text(change.message)}${place(change, display)}`);
  out.push('');
  const comparison = subject.emotion;
  if (!comparison) return out;
  for (const persona of comparison.personas) {
    const who = persona.startsWith('_') ? 'every persona' : persona;
    const chart = mermaidEmotionChart(comparison, persona, `Emotion of ${who}`);
    if (!chart) continue;
    out.push(`Emotion of ${text(who)}: bars before, line after.`, '', '```mermaid', chart, '```', '');
  }
  out.push(...metricTable(subject));
  return out;
}

/** The measured figures that moved, one row each, warnings marked: what the curves do not show. */
function metricTable(subject: SubjectDiff): string[] {
  const changes = subject.changes.filter((change) => change.kind === 'metric-changed');
  if (changes.length === 0) return [];
  const names = new Map(subject.emotion?.steps.map((step) => [step.id, step.name]));
  const figure = (value: unknown) => (typeof value === 'number' ? String(value) : '—');
  const out = ['Measured figures:', '', '| Step | Metric | Before | After | |', '|---|---|---:|---:|---|'];
  for (const change of changes) {
    const step = change.step === undefined ? '' : text(names.get(change.step) ?? change.step);
    out.push(`| ${step} | ${change.field ?? ''} | ${figure(change.before)} | ${figure(change.after)} | ${change.level === 'warn' ? '⚠️ worse' : ''} |`);
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
