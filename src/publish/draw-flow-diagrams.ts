import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { JourneyModel, Project } from '../core/index.ts';
import { flowMermaid } from '../render/flow-mermaid.ts';
import { CHROMIUM_ARGS, chromiumEnv, findChromium } from './find-chromium.ts';

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

const MERMAID_CONFIG = { theme: 'neutral', htmlLabels: false, securityLevel: 'strict' } as const;
// Mermaid names a diagram's elements after the id it is drawn with: `flow-<index of the journey>`.
const PREFIX = 'flow';
const DRAWING_PREFIX = 'parcours-drawing';

// Each journey's text as last written, by model: parcours dev keeps the models of the journeys
// an edit did not touch (core/check/check-journey.ts), whose texts are then not written again.
const written = new WeakMap<JourneyModel, { context: string; text: string }>();

/**
 * Every journey's flow diagram, drawn with Chromium (see find-chromium.ts). A drawing is kept in `cache` under a digest of what made it (the text, its
 * index, Mermaid's version and options), so a build draws only the diagrams that changed, in one
 * batch, and skips Chromium when none did. When Chromium is missing or fails, the diagrams keep
 * only their text and the build goes on: the flow is a convenience, the map is the content.
 */
export async function drawFlowDiagrams(project: Project, cache: string): Promise<Map<string, FlowDiagram>> {
  const titles = new Map(project.journeys.map((journey) => [journey.id, journey.title]));
  const channelNames = JSON.stringify([...project.config.channels].map(([id, channel]) => [id, channel.name]));
  const texts = project.journeys.map((journey) => {
    // What the text reads besides the journey: channel names and the titles of its sub-journeys.
    const context = `${channelNames}\u0000${JSON.stringify(journey.steps.flatMap((step) => (step.subJourney ? [titles.get(step.subJourney) ?? null] : [])))}`;
    const known = written.get(journey);
    if (known?.context === context) return known.text;
    const text = flowMermaid(journey, { channels: project.config.channels, journeyTitles: titles, colors: project.config.theme.colors });
    written.set(journey, { context, text });
    return text;
  });
  const result = new Map(project.journeys.map((journey, index) => [journey.id, { text: texts[index]! } as FlowDiagram]));
  if (texts.length === 0 || texts.length > MAX_BUILD_TIME_DIAGRAMS || process.env.PARCOURS_FLOW_SVG === '0') return result;

  const folder = join(cache, 'flow-svg');
  const keys = texts.map((text, index) =>
    digest(`${mermaidVersions()}\u0000${JSON.stringify(MERMAID_CONFIG)}\u0000${PREFIX}-${index}\u0000${text}`),
  );
  const svgs = await Promise.all(keys.map((key) => readFile(join(folder, `${key}.svg`), 'utf8').then(wholeSvg, () => undefined)));
  const missing = texts.flatMap((_, index) => (svgs[index] === undefined ? [index] : []));
  if (missing.length > 0) {
    try {
      const drawn = await draw(missing.map((index) => texts[index]!));
      await mkdir(folder, { recursive: true });
      await Promise.all(
        drawn.map(async (svg, position) => {
          if (svg === undefined) return;
          const index = missing[position]!;
          // Drawn in a batch of its own, under a temporary id: named as the full batch would name it.
          svgs[index] = svg.replace(new RegExp(`${DRAWING_PREFIX}-${position}(?!\\d)`, 'g'), `${PREFIX}-${index}`);
          const file = join(folder, `${keys[index]}.svg`);
          await writeFile(`${file}.${process.pid}.tmp`, svgs[index]!);
          await rename(`${file}.${process.pid}.tmp`, file);
        }),
      );
    } catch (error) {
      console.warn(
        `Flow diagrams will be drawn in the browser: Chromium could not draw them (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`,
      );
    }
  }
  svgs.forEach((svg, index) => {
    if (svg !== undefined) result.get(project.journeys[index]!.id)!.svg = svg;
  });
  return result;
}

async function draw(texts: string[]): Promise<(string | undefined)[]> {
  // Loaded only to draw: it loads Playwright, about a second of every build's start on a loaded
  // 2-core machine, when most builds draw nothing (diagrams kept in the cache, or over 100 journeys).
  const { createMermaidRenderer } = await import('mermaid-isomorphic');
  const executablePath = await findChromium();
  const render = createMermaidRenderer({
    launchOptions: { executablePath, args: CHROMIUM_ARGS, env: { ...process.env, ...chromiumEnv(executablePath) } },
  });
  // Plain SVG text (no HTML labels) so the file shows the same in an <img> and in print.
  const settled = await render(texts, { prefix: DRAWING_PREFIX, mermaidConfig: MERMAID_CONFIG });
  return settled.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value.svg : undefined));
}

/** A cached drawing is used only when it is whole: a file cut short is drawn again. */
function wholeSvg(text: string): string | undefined {
  return text.startsWith('<svg') && text.endsWith('</svg>') ? text : undefined;
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

let versions: string | undefined;

/** The versions of what draws the diagrams, read from their package.json beside their entry point. */
function mermaidVersions(): string {
  const require = createRequire(import.meta.url);
  const version = (name: string) => {
    try {
      let dir = dirname(require.resolve(name));
      while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
      return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      return 'unknown';
    }
  };
  return (versions ??= `mermaid-isomorphic@${version('mermaid-isomorphic')} mermaid@${version('mermaid')}`);
}
