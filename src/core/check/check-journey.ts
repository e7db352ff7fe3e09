import { journeyInsights } from '../insights/journey-insights.ts';
import type { Insight, InsightContext } from '../insights/insight.ts';
import type { ParsedFile } from '../load/parse-source.ts';
import { buildJourney } from '../model/build-project.ts';
import type { Journey } from '../model/generated/journey.ts';
import type { JourneyModel } from '../model/project.ts';
import type { ResolvedConfig } from '../model/resolve-config.ts';
import type { Problem } from '../problem.ts';
import type { Finding } from '../validate/finding.ts';
import { withoutPersonaCascade } from '../validate/persona-cascade.ts';
import { stepsOf, type CheckedFile, type JourneyFacts } from '../validate/rule.ts';
import { RULES } from '../validate/rules/index.ts';
import type { ContentCache } from './content-cache.ts';
import { locateFindings } from './locate-findings.ts';

/** One journey that passed its schema, checked against the rest of the content. */
export interface CheckedJourney {
  model: JourneyModel;
  /** What the project rules need of it. */
  facts: JourneyFacts;
  /** Every finding of the journey's own rules and of the journey rules reading other files, located. */
  problems: Problem[];
  /** The journey's insights, which rules report and the site lists (ProjectSeries.insights). */
  insights: Insight[];
}

/** Checked journeys of the latest check, by a key of their file and of what they were checked against (CheckOptions.memo). */
export interface CheckMemo {
  journeys: Map<string, CheckedJourney>;
}

/** An empty memo, for a process that checks the same content again and again. */
export function checkMemo(): CheckMemo {
  return { journeys: new Map() };
}

/**
 * What a journey is checked against besides its text, the same for every journey of one check.
 * Whatever is added here must also go into the `key` (see check-sources.ts), which stands for it
 * when a checked journey is kept from one check to the next.
 */
export interface JourneyContextInput {
  config: ResolvedConfig;
  now: Date;
  personaIds: ReadonlySet<string>;
  /** Files under public/ and their sizes, when known: media links are checked against them. */
  publicFiles?: ReadonlyMap<string, number> | undefined;
  insights: InsightContext;
}

/**
 * Builds the journey's model and runs the journey rules that read the config, the personas and
 * the day; the journey's own findings (`alone`, from checkFile) are located with theirs.
 */
export function checkJourney(
  journey: CheckedFile<Journey>,
  parsed: ParsedFile,
  alone: readonly Finding[],
  input: JourneyContextInput,
  cache?: ContentCache,
  fileKey?: string,
): CheckedJourney {
  const model = buildJourney(journey.path, journey.data);
  const findings = [...alone];
  let insights: Insight[] | undefined;
  const findInsights = () => (insights ??= journeyInsights(model, input.insights));
  const context = {
    config: input.config,
    now: input.now,
    personaIds: input.personaIds,
    publicFiles: input.publicFiles,
    model,
    report: (finding: Finding) => findings.push(finding),
    insights: findInsights,
  };
  for (const rule of RULES) rule.journey?.(journey, context);
  const reported = withoutPersonaCascade(findings, journey.data.personas ?? [], input.personaIds);
  return { model, facts: journeyFacts(journey), problems: locateFindings(parsed, reported, cache, fileKey), insights: findInsights() };
}

function journeyFacts({ path, data }: CheckedFile<Journey>): JourneyFacts {
  const subJourneys = [...stepsOf(data)].flatMap(({ step, pointer }) =>
    step.subJourney === undefined ? [] : [{ pointer: `${pointer}/subJourney`, id: step.subJourney }],
  );
  return {
    path,
    id: data.id,
    state: data.state ?? 'current',
    ...(data.targetOf !== undefined ? { targetOf: data.targetOf } : {}),
    subJourneys,
  };
}
