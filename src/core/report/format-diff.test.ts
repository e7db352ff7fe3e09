import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { EmotionComparison } from '../diff/compare-emotions.ts';
import { diffProjects } from '../diff/diff-projects.ts';
import { baseJourney, stepOf } from '../diff/journey-cases.testing.ts';
import type { SourceFile } from '../load/read-content.ts';
import { checkSources } from '../check/check-sources.ts';
import { formatDiffGithub } from './format-diff-github.ts';
import { formatDiffJson } from './format-diff-json.ts';
import { DIFF_COMMENT_MARKER, formatDiffMarkdown } from './format-diff-markdown.ts';
import { formatDiffPretty } from './format-diff-pretty.ts';
import { mermaidEmotionChart } from './mermaid-emotion-chart.ts';

const fixture = (name: string) => readFileSync(new URL(`../diff/fixtures/${name}`, import.meta.url), 'utf8');
const now = new Date('2026-02-01');
const before: SourceFile[] = [
  { path: 'journeys/livraison.yaml', kind: 'journey', text: fixture('livraison.yaml') },
  { path: 'personas/amelie.yaml', kind: 'persona', text: fixture('amelie.yaml') },
  { path: 'personas/nadine.yaml', kind: 'persona', text: fixture('nadine.yaml') },
];

/** A head side with a bit of everything: markup and a mention in content, a removed step, a persona change, an invalid file. */
function headSources(): SourceFile[] {
  const journey = baseJourney();
  stepOf(journey, 'paie').name = 'Paie <script>alert(1)</script> | @ops *vite*';
  stepOf(journey, 'recoit-colis').emotion = { amelie: -2, nadine: 3 };
  journey.stages[2]!.steps.unshift({ id: 'note', name: 'Note la livraison', touchpoints: ['email'], emotion: 1 });
  journey.stages[1]!.steps.shift();
  return [
    { path: 'journeys/livraison.yaml', kind: 'journey', text: stringify(journey) },
    { path: 'journeys/cassee.yaml', kind: 'journey', text: 'id: cassee\ntitle: [Cassée\n' },
    {
      path: 'personas/amelie.yaml',
      kind: 'persona',
      text: fixture('amelie.yaml').replace('digitalAffinity: high', 'digitalAffinity: medium'),
    },
    before[2]!,
  ];
}

const diff = diffProjects(checkSources(before, { now }), checkSources(headSources(), { now }));
const labels = { base: 'origin/main', head: 'HEAD' };

describe('diff formats', () => {
  it('markdown: summary tables, changes per journey, emotion charts, errors, content escaped (golden file)', async () => {
    const markdown = formatDiffMarkdown(diff, labels, { displayPath: (file) => `content/${file}` });
    expect(markdown.startsWith(`${DIFF_COMMENT_MARKER}\n`)).toBe(true);
    expect(markdown).not.toContain('<script');
    // GitHub turns @name into a mention outside code blocks only.
    expect(markdown.replace(/```[\s\S]*?```/g, '')).not.toMatch(/@ops/);
    await expect(markdown).toMatchFileSnapshot('./fixtures/diff-mixed.md');
  });

  it('markdown: says so when nothing changed', () => {
    const empty = diffProjects(checkSources(before, { now }), checkSources(before, { now }));
    expect(formatDiffMarkdown(empty, labels)).toContain('No change to journeys or personas.');
  });

  it('github: a warning or notice per change at its head-side line, and an error per head problem', () => {
    const lines = formatDiffGithub(diff).trimEnd().split('\n');
    expect(lines.length).toBe(diff.totals.changes + diff.problems.after.length);
    for (const line of lines) expect(line).toMatch(/^::(warning|notice|error) (file=[^,]+,line=\d+,col=\d+,)?title=parcours [a-z-]+::\S/);
    expect(lines.filter((line) => line.startsWith('::warning')).length).toBe(diff.totals.warnings);
  });

  it('json: the documented top-level keys, round-tripping the diff', () => {
    const parsed = JSON.parse(formatDiffJson(diff, labels)) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['base', 'head', 'totals', 'subjects', 'problems']);
    expect(parsed.subjects).toEqual(diff.subjects);
  });

  it('pretty: one block per journey or persona, then a summary', () => {
    const text = formatDiffPretty(diff, labels);
    expect(text).toContain('journey livraison “Commander et se faire livrer” (modified)');
    expect(text).toContain('1 error in the head content (HEAD):');
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      `${diff.totals.changes} changes (${diff.totals.warnings} warnings) in ${diff.totals.subjects} journeys or personas between origin/main and HEAD.`,
    );
  });
});

describe('mermaidEmotionChart', () => {
  const comparison: EmotionComparison = {
    personas: ['amelie'],
    scale: { min: -3, max: 3 },
    steps: [
      { id: 'a', name: 'Choisit "le" modèle', before: { amelie: 1 }, after: { amelie: 1 } },
      { id: 'b', name: 'Step added', after: { amelie: 2 } },
      { id: 'c', name: 'Un nom bien trop long pour tenir sous le graphique', before: { amelie: 2 }, after: { amelie: -1 } },
    ],
  };

  it('draws before as bars and after as a line over the steps both versions have', () => {
    expect(mermaidEmotionChart(comparison, 'amelie', 'Émotion d’amelie', 'Émotion')).toBe(
      [
        '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#9aa1a9, #0072b2, #545b64"}}}}%%',
        'xychart-beta',
        '  title "Émotion d’amelie"',
        '  x-axis ["Choisit ”le” modèle", "Un nom bien trop long p…"]',
        '  y-axis "Émotion" -3 --> 3',
        '  bar [1, 2]',
        '  line [1, -1]',
        // The 0 line, so that a bar reads on its side of neutral.
        '  line [0, 0]',
      ].join('\n'),
    );
  });

  it('draws nothing when the curves are the same', () => {
    expect(mermaidEmotionChart({ ...comparison, steps: [comparison.steps[0]!] }, 'amelie', 'x')).toBeNull();
  });
});
