import type { Channel, JourneyModel, PersonaModel, Project, ResolvedConfig } from '../core/index.ts';
import { ALL_PERSONAS } from '../core/index.ts';
import type { CheckResult, ParsedFile } from '../core/index.ts';
import { formatters, strings, type Formatters, type Strings } from '../i18n/index.ts';
import type { ChannelUse } from '../core/model/channel-usage.ts';
import { contentHref } from '../render/content-href.ts';
import type { JourneyRelations } from '../core/model/journey-relations.ts';
import content from 'virtual:parcours/content';

/** Everything a page needs: the checked content, the interface language and link helpers. */
export interface Site {
  root: string;
  project: Project;
  config: ResolvedConfig;
  files: Map<string, ParsedFile>;
  t: Strings;
  fmt: Formatters;
  /** The site's base path, ending in '/'. */
  base: string;
  /** The day the review flag compares against (YYYY-MM-DD). */
  today: string;
  /** A site path ('journeys/x/') under the base. */
  url(path: string): string;
  /** A link from the content, or undefined when it is unsafe. */
  contentUrl(href: string): string | undefined;
  journey(id: string): JourneyModel | undefined;
  persona(id: string): PersonaModel | undefined;
  channel(id: string): Channel;
  /** The name shown for a curve key: the persona's name, or "all customers". */
  curveName(key: string): string;
  /** A journey's current/target counterparts and parent journeys. */
  relations(journeyId: string): JourneyRelations;
  /** Every touchpoint on a configured channel across all journeys. */
  channelUses(channelId: string): ChannelUse[];
  /** Whether the build draws journey.pdf and persona.pdf (see src/publish/draw-pdfs.ts), so pages link them. */
  pdfs: boolean;
}

// One Site per check: pages call getSite() thousands of times in a build, and its maps and Intl
// formatters are worth building once. In `parcours dev` an edit gives a new check, so a new Site.
const sites = new WeakMap<CheckResult, Site>();

/** The site's checked content (given by the CLI, see src/integrations/parcours-content.ts) with the helpers pages share. */
export async function getSite(): Promise<Site> {
  const checked = await content.check();
  let site = sites.get(checked);
  if (!site) {
    site = makeSite(content.root, content.today, checked);
    sites.set(checked, site);
  }
  return site;
}

function makeSite(root: string, today: string, { project, files }: CheckResult): Site {
  const config = project.config;
  const t = strings(config.lang);
  const rawBase = import.meta.env.BASE_URL;
  const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;
  const journeys = new Map(project.journeys.map((journey) => [journey.id, journey]));
  const personas = new Map(project.personas.map((persona) => [persona.id, persona]));
  return {
    root,
    project,
    config,
    files,
    t,
    fmt: formatters(config.lang, config.currency),
    base,
    today,
    pdfs: content.pdfPlan(project).draw,
    url: (path) => base + path.replace(/^\//, ''),
    contentUrl: (href) => contentHref(href, base),
    journey: (id) => journeys.get(id),
    persona: (id) => personas.get(id),
    channel: (id) => config.channels.get(id) ?? { id, name: id, kind: 'digital', cost: 0, builtIn: false },
    curveName: (key) => (key === ALL_PERSONAS ? t.curve.allPersonas : (personas.get(key)?.name ?? key)),
    // Worked out once by the check (core/model/project-series.ts).
    relations: (journeyId) => project.series.relations.get(journeyId) ?? { targets: [], parents: [] },
    channelUses: (channelId) => project.series.channelUses.get(channelId) ?? [],
  };
}
