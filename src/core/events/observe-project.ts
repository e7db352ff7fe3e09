import type { Project } from '../model/built-project.ts';
import type { EventsResult } from './check-events.ts';
import { type ObservedInsight, observedInsights } from './observed-insights.ts';
import { type ObservedJourney, observedJourney } from './observed-journey.ts';

/** What the site, the downloads and `parcours events` publish of the logs: no case id, no event, small groups left out. */
export interface ObservedProject {
  /** By journey id, every journey whose steps list events. */
  journeys: Map<string, ObservedJourney>;
  insights: ObservedInsight[];
}

/** The published view of every journey whose steps list events, with its insights. */
export function observeProject(project: Project, events: Pick<EventsResult, 'counts'>): ObservedProject {
  const journeys = new Map<string, ObservedJourney>();
  const insights: ObservedInsight[] = [];
  const { config } = project;
  for (const journey of project.journeys) {
    if (!journey.steps.some((step) => (step.events ?? []).length > 0)) continue;
    const counts = events.counts.find((candidate) => candidate.journey === journey.id);
    const observed = observedJourney(journey, counts, config.events.minCases, config.channels, config.currency);
    journeys.set(journey.id, observed);
    insights.push(...observedInsights(journey, observed, config.channels));
  }
  return { journeys, insights };
}
