import type { EmotionComparison } from '../diff/compare-emotions.ts';

/** Longest step name on the chart's axis: longer ones are cut, so labels stay readable. */
const MAX_LABEL = 24;

/** Series colours in order: the bars before (grey), the line after (blue), the 0 line (dark grey). */
const PALETTE = '#9aa1a9, #0072b2, #545b64';

/**
 * A Mermaid `xychart-beta` block (rendered by GitHub in comments) with one persona's emotion
 * before (bars) and after (line) over the steps both versions share, on the whole scale with a
 * flat line at 0 (Mermaid's bars rise from the axis's bottom, so the 0 line is what says which
 * side of neutral a value is): bars and a line tell the two apart without colour, and the chart
 * has no legend. `axis` names the values in the content's language. Mermaid has no missing values,
 * so steps found in one version only are left off the chart. Null when the two curves drawn would
 * be the same (nothing to show).
 */
export function mermaidEmotionChart(comparison: EmotionComparison, persona: string, title: string, axis = 'Emotion'): string | null {
  const steps = comparison.steps.filter((step) => step.before?.[persona] !== undefined && step.after?.[persona] !== undefined);
  if (steps.every((step) => step.before![persona] === step.after![persona])) return null;
  const labels = steps.map((step) => quote(step.name.length > MAX_LABEL ? `${step.name.slice(0, MAX_LABEL - 1)}…` : step.name));
  const zero = comparison.scale.min < 0 && comparison.scale.max > 0;
  return [
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${PALETTE}"}}}}%%`,
    'xychart-beta',
    `  title ${quote(title)}`,
    `  x-axis [${labels.join(', ')}]`,
    `  y-axis ${quote(axis)} ${comparison.scale.min} --> ${comparison.scale.max}`,
    `  bar [${steps.map((step) => step.before![persona]).join(', ')}]`,
    `  line [${steps.map((step) => step.after![persona]).join(', ')}]`,
    ...(zero ? [`  line [${steps.map(() => 0).join(', ')}]`] : []),
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
