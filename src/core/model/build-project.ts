import type { Journey, Statement, Step } from './generated/journey.ts';
import type { Persona } from './generated/persona.ts';
import type { Project } from './built-project.ts';
import { ALL_PERSONAS, type JourneyModel, type PersonaModel, type StatementModel, type StepModel } from './project.ts';
import type { ResolvedConfig } from './resolve-config.ts';

/** Assembles the resolved model from journeys already built and personas that passed their schema. */
export function buildProject(
  config: ResolvedConfig,
  journeys: readonly JourneyModel[],
  personas: readonly { path: string; data: Persona }[],
): Omit<Project, 'series'> {
  return {
    config,
    journeys: [...journeys].sort(byId),
    personas: personas.map(({ path, data }) => buildPersona(path, data)).sort(byId),
  };
}

export function buildJourney(file: string, journey: Journey): JourneyModel {
  const personas = journey.personas ?? [];
  const curves = personas.length > 0 ? personas : [ALL_PERSONAS];
  const steps: StepModel[] = [];
  const stages = journey.stages.map((stage) => ({
    id: stage.id,
    name: stage.name,
    ...optional('description', stage.description),
    expectations: (stage.expectations ?? []).map((item) => (typeof item === 'string' ? item : item.text)),
    ...optional('expectationHypotheses', hypothesisIndexes(stage.expectations ?? [])),
    ...optional('experience', stage.experience),
    steps: stage.steps.map((step) => {
      const model = buildStep(step, stage.id, steps.length, curves);
      steps.push(model);
      return model;
    }),
  }));
  return {
    id: journey.id,
    file,
    title: journey.title,
    ...optional('summary', journey.summary),
    personas,
    curves,
    ...optional('owner', journey.owner),
    ...optional('lastReviewed', journey.lastReviewed),
    tags: journey.tags ?? [],
    state: journey.state ?? 'current',
    ...optional('targetOf', journey.targetOf),
    stages,
    steps,
  };
}

function buildStep(step: Step, stageId: string, index: number, curves: readonly string[]): StepModel {
  const emotion: Record<string, number> = {};
  if (typeof step.emotion === 'number') for (const key of curves) emotion[key] = step.emotion;
  else if (step.emotion) for (const key of curves) if (typeof step.emotion[key] === 'number') emotion[key] = step.emotion[key]!;
  const truth = momentOfTruthOf(step.momentOfTruth);
  return {
    id: step.id,
    name: step.name,
    ...optional('description', step.description),
    stageId,
    index,
    touchpoints: (step.touchpoints ?? []).map((touchpoint) =>
      typeof touchpoint === 'string'
        ? { channel: touchpoint, owned: true }
        : {
            channel: touchpoint.channel,
            ...optional('name', touchpoint.name),
            owned: touchpoint.owned ?? true,
            ...optional('description', touchpoint.description),
          },
    ),
    emotion,
    thoughts: (step.thoughts ?? []).map(toStatement),
    painPoints: (step.painPoints ?? []).map(toStatement),
    opportunities: (step.opportunities ?? []).map((opportunity) =>
      typeof opportunity === 'string'
        ? { title: opportunity, status: 'idea' as const }
        : {
            title: opportunity.title,
            ...optional('description', opportunity.description),
            ...optional('impact', opportunity.impact),
            ...optional('effort', opportunity.effort),
            status: opportunity.status ?? 'idea',
            ...optional('owner', opportunity.owner),
            ...optional('link', opportunity.link),
          },
    ),
    momentOfTruth: truth.reason !== undefined || step.momentOfTruth === true,
    ...optional('momentOfTruthReason', truth.reason),
    ...(truth.hypothesis ? { momentOfTruthHypothesis: true as const } : {}),
    metrics: step.metrics ?? {},
    backstage: (step.backstage ?? []).map((item) =>
      typeof item === 'string' ? { text: item } : { text: item.text, ...optional('team', item.team), ...optional('system', item.system) },
    ),
    evidence: step.evidence ?? [],
    attachments: step.attachments ?? [],
    ...optional('subJourney', step.subJourney),
  };
}

/** The reason a step is a moment of truth (a non-empty sentence) and whether the team only assumes it is one. */
function momentOfTruthOf(value: Step['momentOfTruth']): { reason?: string; hypothesis: boolean } {
  if (typeof value === 'string') return value === '' ? { hypothesis: false } : { reason: value, hypothesis: false };
  if (typeof value === 'object') return { reason: value.text, hypothesis: value.hypothesis === true };
  return { hypothesis: false };
}

/** Indexes of the items marked `hypothesis: true`, or undefined when there is none (the model stays as it was for maps without any). */
function hypothesisIndexes(items: readonly (string | { hypothesis?: boolean })[]): number[] | undefined {
  const indexes = items.flatMap((item, index) => (typeof item === 'object' && item.hypothesis ? [index] : []));
  return indexes.length > 0 ? indexes : undefined;
}

function toStatement(statement: Statement): StatementModel {
  if (typeof statement === 'string') return { text: statement, evidence: [] };
  const evidence = statement.evidence === undefined ? [] : Array.isArray(statement.evidence) ? statement.evidence : [statement.evidence];
  return { text: statement.text, evidence, ...(statement.hypothesis ? { hypothesis: true as const } : {}) };
}

export function buildPersona(file: string, persona: Persona): PersonaModel {
  return {
    ...persona,
    file,
    goals: persona.goals ?? [],
    frustrations: persona.frustrations ?? [],
    preferredChannels: persona.preferredChannels ?? [],
    tags: persona.tags ?? [],
  };
}

// Leaves absent fields out instead of setting them to undefined, so JSON output and deep equality stay clean.
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
