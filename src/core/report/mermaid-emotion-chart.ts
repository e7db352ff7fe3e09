import type { EmotionComparison } from '../diff/compare-emotions.ts';

/** Longest step name on the chart's axis: longer ones are cut, so labels stay readable. */
const MAX_LABEL = 24;

/**
 * A Mermaid `xychart-beta` block (rendered by GitHub in comments) with one persona's emotion
 * before (bars) and after (line) over the steps both versions share: bars and a line tell the
 * two apart without colour, and the chart has no legend. Mermaid has no missing values, so
 * steps found in one version only are left off the chart. Null when the two curves drawn
 * would be the same (nothing to show).
 */
export function mermaidEmotionChart(comparison: EmotionComparison, persona: string, title: string): string | null {
  const steps = comparison.steps.filter((step) => step.before?.[persona] !== undefined && step.after?.[persona] !== undefined);
  if (steps.every((step) => step.before![persona] === step.after![persona])) return null;
  const labels = steps.map((step) => quote(step.name.length > MAX_LABEL ? `${step.name.slice(0, MAX_LABEL - 1)}…` : step.name));
  return [
    'xychart-beta',
    `  title ${quote(title)}`,
    `  x-axis [${labels.join(', ')}]`,
    `  y-axis "Emotion" ${comparison.scale.min} --> ${comparison.scale.max}`,
    `  bar [${steps.map((step) => step.before![persona]).join(', ')}]`,
    `  line [${steps.map((step) => step.after![persona]).join(', ')}]`,
  ].join('\n');
}

// Mermaid strings are double-quoted with no escape, and labels may be read as HTML: look-alike
// characters stand in for quotes and angle brackets.
function quote(text: string): string {
  return `"${text
    .replace(/"/g, '”')
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/[\r\n]+/g, ' ')}"`;
}
