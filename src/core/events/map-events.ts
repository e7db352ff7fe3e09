import type { JourneyModel } from '../model/project.ts';
import type { Finding } from '../validate/finding.ts';
import { eventPattern } from './event-pattern.ts';

/** One event name of the log mapped to one step of one journey: a row of the step_map table. */
export interface StepMapping {
  event: string;
  journey: string;
  /** The step's position in the journey's map order (StepModel.index). */
  stepIndex: number;
}

/** Where a step's `events` entry sits in its journey's file. */
interface PatternSite {
  journey: JourneyModel;
  stepIndex: number;
  entry: number;
  pattern: string;
  test: RegExp;
}

/**
 * Maps the distinct event names of the log to the steps whose `events` entries match them.
 * An event may map to steps of several journeys (it then counts in each). Within one journey,
 * an event matched by the entries of two steps is an error on the later entry, and the event
 * stays with the earlier step, so the analysis still runs; an entry matching no event of the
 * log is a warning (a typo, or an event the log does not hold yet).
 */
export function mapEvents(journeys: readonly JourneyModel[], events: readonly string[]): { mappings: StepMapping[]; findings: Finding[] } {
  const mappings: StepMapping[] = [];
  const findings: Finding[] = [];
  for (const journey of journeys) {
    const sites = patternSites(journey);
    if (sites.length === 0) continue;
    const matched = new Set<PatternSite>();
    const reported = new Set<string>();
    for (const event of events) {
      let owner: PatternSite | undefined;
      for (const site of sites) {
        if (!site.test.test(event)) continue;
        matched.add(site);
        if (!owner) owner = site;
        else if (site.stepIndex !== owner.stepIndex && !reported.has(`${owner.stepIndex}/${site.stepIndex}/${site.entry}`)) {
          reported.add(`${owner.stepIndex}/${site.stepIndex}/${site.entry}`);
          findings.push(overlap(journey, owner, site, event));
        }
      }
      if (owner) mappings.push({ event, journey: journey.id, stepIndex: owner.stepIndex });
    }
    for (const site of sites) if (!matched.has(site)) findings.push(unmatched(journey, site));
  }
  return { mappings, findings };
}

function patternSites(journey: JourneyModel): PatternSite[] {
  return journey.steps.flatMap((step) =>
    (step.events ?? []).map((pattern, entry) => ({ journey, stepIndex: step.index, entry, pattern, test: eventPattern(pattern) })),
  );
}

/** The JSON pointer of a step's `events` entry: stages and steps are counted within the file. */
export function entryPointer(journey: JourneyModel, stepIndex: number, entry: number): string {
  const step = journey.steps[stepIndex]!;
  const stage = journey.stages.findIndex((candidate) => candidate.id === step.stageId);
  const inStage = journey.stages[stage]!.steps.findIndex((candidate) => candidate.id === step.id);
  return `/stages/${stage}/steps/${inStage}/events/${entry}`;
}

function overlap(journey: JourneyModel, owner: PatternSite, site: PatternSite, event: string): Finding {
  const first = journey.steps[owner.stepIndex]!;
  const second = journey.steps[site.stepIndex]!;
  return {
    code: 'events-pattern-overlap',
    file: journey.file,
    pointer: entryPointer(journey, site.stepIndex, site.entry),
    params: {
      event,
      pattern: site.pattern,
      step: second.id,
      stepName: second.name,
      otherPattern: owner.pattern,
      otherStep: first.id,
      otherStepName: first.name,
    },
  };
}

function unmatched(journey: JourneyModel, site: PatternSite): Finding {
  const step = journey.steps[site.stepIndex]!;
  return {
    code: 'events-pattern-unmatched',
    file: journey.file,
    pointer: entryPointer(journey, site.stepIndex, site.entry),
    params: { pattern: site.pattern, step: step.id, stepName: step.name },
  };
}
