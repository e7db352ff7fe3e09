import type { Insight } from '../insights/insight.ts';
import { channelUsage, type ChannelUse } from './channel-usage.ts';
import { costOfSteps, type CostSum } from './cost-to-serve.ts';
import { journeyRelations, type JourneyRelations } from './journey-relations.ts';
import { opportunityBacklog, type BacklogItem } from './opportunity-backlog.ts';
import type { JourneyModel } from './project.ts';
import type { ResolvedConfig } from './resolve-config.ts';

/** What a journey costs to serve: in all and stage by stage (cost-to-serve.ts). */
export interface JourneyCost {
  total: CostSum;
  /** In the order of the journey's stages. */
  stages: CostSum[];
}

/**
 * What the site shows across journeys, worked out once by the check from the final model (after
 * measured data were merged in), so the CLI reaches it too and no page works it out again.
 */
export interface ProjectSeries {
  /** Each journey's insights, by id, as the check's rules found them (those that need Git history are the site's). */
  insights: Map<string, Insight[]>;
  /** Each journey's current/target counterparts and parent journeys, by id. */
  relations: Map<string, JourneyRelations>;
  /** Every touchpoint of each configured channel across all journeys, by channel id. */
  channelUses: Map<string, ChannelUse[]>;
  /** Every opportunity of every journey, highest impact and lowest effort first. */
  backlog: BacklogItem[];
  /** Each journey's own opportunities in the backlog's order, by journey id. */
  journeyBacklogs: Map<string, BacklogItem[]>;
  /** Each journey's cost to serve, by id. */
  costs: Map<string, JourneyCost>;
}

/** The series of `project`, whose journeys' insights the check found (`insights`, by journey id). */
export function projectSeries(
  project: { config: ResolvedConfig; journeys: readonly JourneyModel[] },
  insights: ReadonlyMap<string, Insight[]>,
): ProjectSeries {
  const { channels } = project.config;
  const backlog = opportunityBacklog(project.journeys);
  // The backlog is sorted stably from journey and map order, so each journey's part of it is in the
  // order sorting that journey's opportunities alone gives.
  const journeyBacklogs = new Map<string, BacklogItem[]>(project.journeys.map((journey) => [journey.id, []]));
  for (const item of backlog) journeyBacklogs.get(item.journey.id)?.push(item);
  return {
    insights: new Map(project.journeys.map((journey) => [journey.id, insights.get(journey.id) ?? []])),
    relations: journeyRelations(project.journeys),
    channelUses: channelUsage(channels, project.journeys),
    backlog,
    journeyBacklogs,
    costs: new Map(project.journeys.map((journey): [string, JourneyCost] => [journey.id, journeyCost(journey, channels)])),
  };
}

/** What `journey` costs to serve with the channels' costs per contact. */
export function journeyCost(journey: JourneyModel, channels: ResolvedConfig['channels']): JourneyCost {
  return { total: costOfSteps(journey.steps, channels), stages: journey.stages.map((stage) => costOfSteps(stage.steps, channels)) };
}
