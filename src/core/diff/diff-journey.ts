import type { JourneyModel, StageModel, StepModel } from '../model/project.ts';
import { changeMessages, type ChangeNames } from '../messages/change-sentences.ts';
import type { Change } from './change.ts';
import { diffStep } from './diff-step.ts';
import { equalValues } from './equal-values.ts';
import { longestCommonSubsequence } from './longest-common-subsequence.ts';
import { matchById } from './match-by-id.ts';
import { recordChanges, type ChangeRecorder } from './record-change.ts';

const METADATA_FIELDS = ['title', 'summary', 'personas', 'owner', 'lastReviewed', 'tags', 'state', 'targetOf'] as const;
const STAGE_FIELDS = ['description', 'expectations', 'experience'] as const;

/**
 * The semantic changes between two versions of a journey, in map order: the journey's own
 * fields, then stages, then steps. Pure: the models in, the changes out (with JSON pointers;
 * `locateChanges` turns them into lines). Either side may be absent (added or removed journey).
 * `names` names personas and channels in the English messages (ids otherwise).
 */
export function diffJourney(before: JourneyModel | undefined, after: JourneyModel | undefined, names?: ChangeNames): Change[] {
  const recorder = recordChanges(before?.file, after?.file, changeMessages([after, before], names));
  if (!before && !after) return [];
  if (!before || !after) {
    const journey = (after ?? before)!;
    recorder.add(after ? 'journey-added' : 'journey-removed', {
      journey: journey.id,
      at: after ? { after: '' } : { before: '' },
    });
    return recorder.changes;
  }
  const journey = after.id;
  if (before.id !== after.id) {
    recorder.add('journey-id-renamed', {
      journey,
      field: 'id',
      before: before.id,
      after: after.id,
      at: { before: '/id', after: '/id' },
    });
  }
  for (const field of METADATA_FIELDS) {
    if (equalValues(before[field], after[field])) continue;
    recorder.add('metadata-changed', {
      journey,
      field,
      before: before[field],
      after: after[field],
      at: { before: `/${field}`, after: `/${field}` },
    });
  }
  const stageIds = diffStages(recorder, journey, before, after);
  diffSteps(recorder, journey, before, after, stageIds);
  return recorder.changes;
}

/** Records stage changes; returns each before-stage id mapped to its after id (id renames included). */
function diffStages(recorder: ChangeRecorder, journey: string, before: JourneyModel, after: JourneyModel): Map<string, string> {
  const match = matchById(before.stages, after.stages, (a, b) => a.name === b.name);
  const stageIds = new Map(match.pairs.map(({ before, after }) => [before.id, after.id]));
  const at = (journeyModel: JourneyModel, stage: StageModel) => `/stages/${journeyModel.stages.indexOf(stage)}`;
  const kept = longestCommonSubsequence(
    before.stages.filter((stage) => stageIds.has(stage.id)).map((stage) => stageIds.get(stage.id)!),
    after.stages.filter((stage) => match.pairs.some((pair) => pair.after === stage)).map((stage) => stage.id),
  );

  for (const stage of match.removed) {
    recorder.add('stage-removed', { journey, stage: stage.id, before: stage.name, at: { before: at(before, stage), after: '/stages' } });
  }
  for (const stage of after.stages) {
    const pair = match.pairs.find((candidate) => candidate.after === stage);
    const where = (side: 'before' | 'after', suffix = '') => `${side === 'before' ? at(before, pair!.before) : at(after, stage)}${suffix}`;
    if (!pair) {
      recorder.add('stage-added', { journey, stage: stage.id, after: stage.name, at: { after: at(after, stage) } });
      continue;
    }
    if (pair.renamed) {
      recorder.add('stage-id-renamed', {
        journey,
        stage: stage.id,
        field: 'id',
        before: pair.before.id,
        after: stage.id,
        at: { before: where('before', '/id'), after: where('after', '/id') },
      });
    } else if (pair.before.name !== stage.name) {
      recorder.add('stage-renamed', {
        journey,
        stage: stage.id,
        field: 'name',
        before: pair.before.name,
        after: stage.name,
        at: { before: where('before', '/name'), after: where('after', '/name') },
      });
    }
    if (!kept.has(stage.id)) {
      const from = before.stages.indexOf(pair.before) + 1;
      const to = after.stages.indexOf(stage) + 1;
      recorder.add('stage-moved', {
        journey,
        stage: stage.id,
        field: 'position',
        before: from,
        after: to,
        at: { before: where('before'), after: where('after') },
      });
    }
    for (const field of STAGE_FIELDS) {
      if (equalValues(pair.before[field], stage[field])) continue;
      recorder.add('stage-changed', {
        journey,
        stage: stage.id,
        field,
        before: pair.before[field],
        after: stage[field],
        at: { before: where('before', `/${field}`), after: where('after', `/${field}`) },
      });
    }
    diffExpectationHypotheses(recorder, journey, pair.before, stage, (side, index) => where(side, `/expectations/${index}`));
  }
  return stageIds;
}

/**
 * An expectation kept word for word whose `hypothesis` mark came or went: verified, or no longer
 * held as verified. New, removed or reworded expectations are the stage's own change.
 */
function diffExpectationHypotheses(
  recorder: ChangeRecorder,
  journey: string,
  before: StageModel,
  after: StageModel,
  where: (side: 'before' | 'after', index: number) => string,
): void {
  if (!before.expectationHypotheses && !after.expectationHypotheses) return;
  const beforeIndex = new Map(before.expectations.map((text, index) => [text, index]));
  after.expectations.forEach((text, index) => {
    const was = beforeIndex.get(text);
    if (was === undefined) return;
    const wasHypothesis = before.expectationHypotheses?.includes(was) ?? false;
    const isHypothesis = after.expectationHypotheses?.includes(index) ?? false;
    if (wasHypothesis === isHypothesis) return;
    recorder.add(isHypothesis ? 'hypothesis-raised' : 'hypothesis-confirmed', {
      journey,
      stage: after.id,
      field: 'expectations',
      before: text,
      after: text,
      at: {
        before: `${where('before', was)}${wasHypothesis ? '/hypothesis' : ''}`,
        after: `${where('after', index)}${isHypothesis ? '/hypothesis' : ''}`,
      },
    });
  });
}

function diffSteps(
  recorder: ChangeRecorder,
  journey: string,
  before: JourneyModel,
  after: JourneyModel,
  stageIds: ReadonlyMap<string, string>,
): void {
  const beforeAt = stepPointers(before);
  const afterAt = stepPointers(after);
  const afterStageAt = new Map(after.stages.map((stage, index) => [stage.id, `/stages/${index}`]));
  const match = matchById(before.steps, after.steps, (a, b) => a.name === b.name && stageIds.get(a.stageId) === b.stageId);
  const pairByAfter = new Map(match.pairs.map((pair) => [pair.after, pair]));
  // Order is compared within each stage: moving a whole stage does not move its steps.
  const kept = new Set<string>();
  const afterIdOf = new Map(match.pairs.map((pair) => [pair.before, pair.after.id]));
  for (const stage of after.stages) {
    const stayed = (step: StepModel) => stageIds.get(step.stageId) === stage.id;
    const beforeOrder = before.steps.filter((step) => afterIdOf.has(step) && stayed(step)).map((step) => afterIdOf.get(step)!);
    const afterOrder = stage.steps.filter((step) => pairByAfter.has(step) && stayed(pairByAfter.get(step)!.before)).map((step) => step.id);
    for (const id of longestCommonSubsequence(beforeOrder, afterOrder)) kept.add(id);
  }
  const curves = after.curves.filter((curve) => before.curves.includes(curve));

  for (const step of match.removed) {
    const stageNow = stageIds.get(step.stageId);
    recorder.add('step-removed', {
      journey,
      stage: step.stageId,
      step: step.id,
      before: step.name,
      at: { before: beforeAt.get(step.id)!, after: (stageNow !== undefined && afterStageAt.get(stageNow)) || '' },
    });
  }
  for (const step of after.steps) {
    const pair = pairByAfter.get(step);
    const afterPointer = afterAt.get(step.id)!;
    if (!pair) {
      recorder.add('step-added', { journey, stage: step.stageId, step: step.id, after: step.name, at: { after: afterPointer } });
      continue;
    }
    const beforePointer = beforeAt.get(pair.before.id)!;
    const base = { journey, stage: step.stageId, step: step.id };
    if (pair.renamed) {
      recorder.add('step-id-renamed', {
        ...base,
        field: 'id',
        before: pair.before.id,
        after: step.id,
        at: { before: `${beforePointer}/id`, after: `${afterPointer}/id` },
      });
    } else if (pair.before.name !== step.name) {
      recorder.add('step-renamed', {
        ...base,
        field: 'name',
        before: pair.before.name,
        after: step.name,
        at: { before: `${beforePointer}/name`, after: `${afterPointer}/name` },
      });
    }
    const otherStage = stageIds.get(pair.before.stageId) !== step.stageId;
    if (otherStage || !kept.has(step.id)) {
      const from = placeOf(before, pair.before);
      const to = placeOf(after, step);
      recorder.add('step-moved', {
        ...base,
        field: otherStage ? 'stage' : 'position',
        before: from,
        after: to,
        at: { before: beforePointer, after: afterPointer },
      });
    }
    // Most steps are the same from one revision to the next: a deep comparison settles them sooner than the field-by-field diff.
    if (!equalValues(pair.before, step))
      diffStep(recorder, { journey, before: pair.before, after: step, at: { before: beforePointer, after: afterPointer }, curves });
  }
}

/** Where a step stands: its stage and its 1-based position in that stage. */
function placeOf(journey: JourneyModel, step: StepModel): { stage: string; position: number } {
  const stage = journey.stages.find((candidate) => candidate.id === step.stageId)!;
  return { stage: stage.id, position: stage.steps.indexOf(step) + 1 };
}

/** Each step's JSON pointer in its file: the model keeps the YAML's order, so indexes match. */
function stepPointers(journey: JourneyModel): Map<string, string> {
  const pointers = new Map<string, string>();
  journey.stages.forEach((stage, stageIndex) => {
    stage.steps.forEach((step, stepIndex) => {
      pointers.set(step.id, `/stages/${stageIndex}/steps/${stepIndex}`);
    });
  });
  return pointers;
}
