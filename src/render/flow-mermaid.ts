import type { Channel, JourneyModel } from '../core/index.ts';

export interface FlowOptions {
  /** Channel names, by id; the id is shown for a channel missing from it. */
  channels: ReadonlyMap<string, Channel>;
  /** Title of each journey a step leads to, by id. */
  journeyTitles?: ReadonlyMap<string, string>;
}

/**
 * Mermaid `flowchart` text of a journey: one subgraph per stage, the steps chained in order, each step
 * labelled with its channels, moments of truth highlighted and sub-journeys drawn as linked nodes.
 * Content is only ever placed inside quoted labels, escaped, so it cannot add nodes or directives.
 */
export function flowMermaid(journey: JourneyModel, options: FlowOptions): string {
  const lines = ['flowchart LR', '  classDef mot stroke-width:3px,stroke:#D55E00', '  classDef sub stroke-dasharray:4 3'];
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
    }
    lines.push('  end');
  });
  for (let index = 1; index < journey.steps.length; index++) lines.push(`  ${node(index - 1)} --> ${node(index)}`);
  const subJourneys = [...new Set(journey.steps.flatMap((step) => (step.subJourney ? [step.subJourney] : [])))];
  subJourneys.forEach((id, index) => {
    lines.push(`  j${index}[["${label(options.journeyTitles?.get(id) ?? id)}"]]:::sub`);
    for (const step of journey.steps) if (step.subJourney === id) lines.push(`  ${node(step.index)} -.-> j${index}`);
  });
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
