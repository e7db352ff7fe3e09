import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../check/check-project.ts';
import { insightContext, journeyInsights } from '../insights/journey-insights.ts';
import { channelUsage } from './channel-usage.ts';
import { journeyRelations } from './journey-relations.ts';
import { opportunityBacklog } from './opportunity-backlog.ts';
import { journeyCost } from './project-series.ts';

const examples = fileURLToPath(new URL('../../../', import.meta.url));

describe('the series the check works out once', () => {
  it('are those the site worked out from the final model: insights, relations, channel use, backlog, cost to serve', async () => {
    const { project } = await checkProject(examples, { now: new Date('2026-06-01T00:00:00Z') });
    const { series } = project;
    // The examples have measured data (data/*.csv), personas of every kind, targets and sub-journeys.
    expect(project.journeys.some((journey) => journey.steps.some((step) => step.measurements))).toBe(true);
    const context = insightContext(project);
    for (const journey of project.journeys) {
      expect(series.insights.get(journey.id)).toEqual(journeyInsights(journey, context));
      expect(series.journeyBacklogs.get(journey.id)).toEqual(opportunityBacklog([journey]));
      expect(series.costs.get(journey.id)).toEqual(journeyCost(journey, project.config.channels));
    }
    expect([...series.insights.values()].flat().length).toBeGreaterThan(0);
    expect(series.backlog).toEqual(opportunityBacklog(project.journeys));
    expect(series.relations).toEqual(journeyRelations(project.journeys));
    expect(series.channelUses).toEqual(channelUsage(project.config.channels, project.journeys));
    // Volumes come from the measured data where the YAML gives none: the series read the final model.
    const measured = project.journeys.flatMap((journey) =>
      journey.steps.filter((step) => step.measurements?.some((measurement) => measurement.metrics.volume !== undefined)),
    );
    expect(measured.length).toBeGreaterThan(0);
  });
});
