import type { PersonaModel, JourneyModel } from './project.ts';
import type { ProjectSeries } from './project-series.ts';
import type { ResolvedConfig } from './resolve-config.ts';

/**
 * The resolved model the site, the diff and the exports read: every shorthand of the YAML
 * expanded (a channel id becomes a touchpoint, a string becomes a statement), defaults filled in.
 */
export interface Project {
  config: ResolvedConfig;
  journeys: JourneyModel[];
  personas: PersonaModel[];
  /** What the site shows across journeys (insights, relations, channel use, backlog, cost to serve), worked out once by the check. */
  series: ProjectSeries;
}
