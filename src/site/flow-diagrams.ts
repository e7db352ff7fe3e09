import { createMermaidRenderer } from 'mermaid-isomorphic';
import type { Project } from '../core/index.ts';
import { flowMermaid } from '../render/flow-mermaid.ts';

/**
 * Above this many journeys, flow diagrams are not drawn at build time: Chromium takes about a fifth
 * of a second a diagram, which would dominate the build of a large site. Pages then ship the Mermaid
 * text and the reader's browser draws it when the diagram is opened.
 */
export const MAX_BUILD_TIME_DIAGRAMS = 100;

export interface FlowDiagram {
  /** Mermaid flowchart text. */
  text: string;
  /** The diagram drawn at build time, when that could be done. */
  svg?: string;
}

const diagrams = new WeakMap<Project, Promise<Map<string, FlowDiagram>>>();

/**
 * Every journey's flow diagram, drawn in one batch with the machine's Chromium (PARCOURS_CHROMIUM, else
 * /usr/bin/chromium) the first time a page asks. When Chromium is missing or fails, the diagrams keep
 * only their text and the build goes on: the flow is a convenience, the map is the content.
 */
export function flowDiagrams(project: Project): Promise<Map<string, FlowDiagram>> {
  let pending = diagrams.get(project);
  if (!pending) {
    pending = draw(project);
    diagrams.set(project, pending);
  }
  return pending;
}

async function draw(project: Project): Promise<Map<string, FlowDiagram>> {
  const titles = new Map(project.journeys.map((journey) => [journey.id, journey.title]));
  const texts = project.journeys.map((journey) => flowMermaid(journey, { channels: project.config.channels, journeyTitles: titles }));
  const result = new Map(project.journeys.map((journey, index) => [journey.id, { text: texts[index]! } as FlowDiagram]));
  if (texts.length === 0 || texts.length > MAX_BUILD_TIME_DIAGRAMS || process.env.PARCOURS_FLOW_SVG === '0') return result;
  try {
    const render = createMermaidRenderer({
      launchOptions: {
        executablePath: process.env.PARCOURS_CHROMIUM || '/usr/bin/chromium',
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      },
    });
    // Plain SVG text (no HTML labels) so the file shows the same in an <img> and in print.
    const settled = await render(texts, { prefix: 'flow', mermaidConfig: { theme: 'neutral', htmlLabels: false, securityLevel: 'strict' } });
    settled.forEach((outcome, index) => {
      if (outcome.status === 'fulfilled') result.get(project.journeys[index]!.id)!.svg = outcome.value.svg;
    });
  } catch (error) {
    console.warn(`Flow diagrams will be drawn in the browser: Chromium could not draw them (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`);
  }
  return result;
}
