import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Journey, Stage, Step } from '../model/generated/journey.ts';

/** The base journey of the diff tests (fixtures/livraison.yaml), as fresh data each call. */
export function baseJourney(): Journey {
  return parse(readFileSync(new URL('./fixtures/livraison.yaml', import.meta.url), 'utf8')) as Journey;
}

export function stageOf(journey: Journey, id: string): Stage {
  return journey.stages.find((stage) => stage.id === id)!;
}

export function stepOf(journey: Journey, id: string): Step {
  return journey.stages.flatMap((stage) => stage.steps).find((step) => step.id === id)!;
}
