import type { Channel, ChannelKind, JourneyModel } from '../core/index.ts';
import { parseHex, toHex } from '../core/model/contrast.ts';
import { DEFAULT_THEME, type ThemeColors } from '../core/model/theme.ts';

export interface FlowOptions {
  /** Channel names, by id; the id is shown for a channel missing from it. */
  channels: ReadonlyMap<string, Channel>;
  /** Title of each journey a step leads to, by id. */
  journeyTitles?: ReadonlyMap<string, string>;
  /** The theme's colours (the defaults when left out): steps are styled by the kind of their channels. */
  colors?: ThemeColors;
}

/** A step's class: the kind of all its channels, `mixed` when they differ, none without channels. */
function stepKind(kinds: readonly ChannelKind[]): ChannelKind | 'mixed' | undefined {
  const distinct = new Set(kinds);
  if (distinct.size === 0) return undefined;
  return distinct.size === 1 ? kinds[0]! : 'mixed';
}

/** `color` mixed with white, `share` of it (0-1): the light fill under a dark stroke of the same hue. */
function tint(color: string, share: number): string {
  const rgb = parseHex(color);
  return rgb ? toHex(rgb.map((channel) => 255 - (255 - channel) * share) as [number, number, number]) : color;
}

/**
 * Mermaid `flowchart` text of a journey: one subgraph per stage, the steps chained in order, each step
 * labelled with its channels, moments of truth highlighted and sub-journeys drawn as linked nodes.
 * Content is only ever placed inside quoted labels, escaped, so it cannot add nodes or directives.
 */
export function flowMermaid(journey: JourneyModel, options: FlowOptions): string {
  const colors = options.colors ?? DEFAULT_THEME.colors;
  // Styled by channel kind, so the flow shows where the journey is digital, human or physical.
  const lines = [
    'flowchart LR',
    ...(['digital', 'human', 'physical'] as const).map(
      (kind) => `  classDef ${kind} fill:${tint(colors[kind], 0.12)},stroke:${colors[kind]},color:${colors.ink}`,
    ),
    `  classDef mixed fill:${colors.background},stroke:${colors.muted},color:${colors.ink}`,
    `  classDef mot stroke-width:3px,stroke:${colors.momentOfTruth}`,
    '  classDef sub stroke-dasharray:4 3',
  ];
  const byKind = new Map<string, string[]>();
  const node = (index: number) => `s${index}`;
  journey.stages.forEach((stage, stageIndex) => {
    lines.push(`  subgraph g${stageIndex}["${label(stage.name)}"]`, '    direction LR');
    for (const step of stage.steps) {
      const channels = [
        ...new Set(step.touchpoints.map((touchpoint) => options.channels.get(touchpoint.channel)?.name ?? touchpoint.channel)),
      ];
      const text = [
        `${step.momentOfTruth ? '★ ' : ''}${label(step.name)}`,
        ...(channels.length > 0 ? [label(channels.join(', '))] : []),
      ].join('<br>');
      lines.push(`    ${node(step.index)}["${text}"]${step.momentOfTruth ? ':::mot' : ''}`);
      const kind = stepKind(step.touchpoints.map((touchpoint) => options.channels.get(touchpoint.channel)?.kind ?? 'digital'));
      if (kind) byKind.set(kind, [...(byKind.get(kind) ?? []), node(step.index)]);
    }
    lines.push('  end');
  });
  for (let index = 1; index < journey.steps.length; index++) lines.push(`  ${node(index - 1)} --> ${node(index)}`);
  const subJourneys = [...new Set(journey.steps.flatMap((step) => (step.subJourney ? [step.subJourney] : [])))];
  subJourneys.forEach((id, index) => {
    lines.push(`  j${index}[["${label(options.journeyTitles?.get(id) ?? id)}"]]:::sub`);
    for (const step of journey.steps) if (step.subJourney === id) lines.push(`  ${node(step.index)} -.-> j${index}`);
  });
  for (const [kind, nodes] of byKind) lines.push(`  class ${nodes.join(',')} ${kind}`);
  // Classes apply in order: the moments of truth get their stroke back over their kind's.
  const moments = journey.steps.filter((step) => step.momentOfTruth).map((step) => node(step.index));
  if (moments.length > 0) lines.push(`  class ${moments.join(',')} mot`);
  return `${lines.join('\n')}\n`;
}

// Mermaid reads `#name;` and `#123;` as entity codes inside labels; escaping `#` first keeps content literal.
const ESCAPES: Record<string, string> = { '#': '#35;', '"': '#quot;', '<': '#lt;', '>': '#gt;', '&': '#amp;', '`': '#96;' };

function label(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[#"<>&`]/g, (char) => ESCAPES[char]!);
}
