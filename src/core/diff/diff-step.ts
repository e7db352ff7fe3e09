import type { OpportunityModel, StatementModel, StepModel } from '../model/project.ts';
import { equalValues } from './equal-values.ts';
import { metricLevel } from './metric-direction.ts';
import { pairItems } from './pair-items.ts';
import type { ChangeRecorder } from './record-change.ts';

/** A step present in both versions, with its pointer in each file. */
export interface StepPair {
  journey: string;
  before: StepModel;
  after: StepModel;
  at: { before: string; after: string };
  /** Curve keys (personas) of both versions: a persona new to the journey is a metadata change, not one emotion change per step. */
  curves: readonly string[];
}

const STEP_FIELDS = ['description', 'subJourney', 'backstage', 'evidence', 'attachments'] as const;
const OPPORTUNITY_FIELDS = ['title', 'description', 'impact', 'effort', 'owner'] as const;
const TOUCHPOINT_FIELDS = ['name', 'owned', 'description'] as const;

/** Records what changed inside one step: touchpoints, emotion, statements, opportunities, moment of truth, metrics, other fields. */
export function diffStep(recorder: ChangeRecorder, pair: StepPair): void {
  const { before, after, at } = pair;
  const base = { journey: pair.journey, stage: after.stageId, step: after.id };
  const within = (list: string, index?: number) => ({
    before: `${at.before}/${list}${index === undefined ? '' : `/${index}`}`,
    after: `${at.after}/${list}${index === undefined ? '' : `/${index}`}`,
  });

  diffTouchpoints(recorder, pair, base, within);

  for (const persona of pair.curves) {
    const was = before.emotion[persona];
    const now = after.emotion[persona];
    if (was === now) continue;
    const both = was !== undefined && now !== undefined;
    recorder.add('emotion-changed', {
      ...base,
      persona,
      before: was,
      after: now,
      ...(both ? { delta: now - was } : {}),
      level: both && now < was ? 'warn' : 'info',
      at: { before: `${at.before}/emotion/${persona}`, after: `${at.after}/emotion/${persona}` },
    });
  }

  diffStatements(recorder, 'thought', before.thoughts, after.thoughts, base, (index) => within('thoughts', index));
  diffStatements(recorder, 'pain-point', before.painPoints, after.painPoints, base, (index) => within('painPoints', index));
  diffOpportunities(recorder, before.opportunities, after.opportunities, base, (index) => within('opportunities', index));

  const truth = within('momentOfTruth');
  if (before.momentOfTruth !== after.momentOfTruth) {
    recorder.add(after.momentOfTruth ? 'moment-of-truth-gained' : 'moment-of-truth-lost', {
      ...base,
      before: before.momentOfTruthReason ?? before.momentOfTruth,
      after: after.momentOfTruthReason ?? after.momentOfTruth,
      at: after.momentOfTruth ? truth : { before: truth.before, after: at.after },
    });
  } else {
    if (before.momentOfTruthReason !== after.momentOfTruthReason) {
      recorder.add('moment-of-truth-changed', {
        ...base,
        before: before.momentOfTruthReason,
        after: after.momentOfTruthReason,
        at: truth,
      });
    }
    // Still a moment of truth on both sides: the team now holds it as verified, or no longer does.
    if (after.momentOfTruth && Boolean(before.momentOfTruthHypothesis) !== Boolean(after.momentOfTruthHypothesis)) {
      recorder.add(after.momentOfTruthHypothesis ? 'hypothesis-raised' : 'hypothesis-confirmed', {
        ...base,
        field: 'momentOfTruth',
        before: before.momentOfTruthReason ?? true,
        after: after.momentOfTruthReason ?? true,
        at: {
          before: before.momentOfTruthHypothesis ? `${truth.before}/hypothesis` : truth.before,
          after: after.momentOfTruthHypothesis ? `${truth.after}/hypothesis` : truth.after,
        },
      });
    }
  }

  const metrics = new Set([...Object.keys(before.metrics), ...Object.keys(after.metrics)]);
  for (const metric of [...metrics].sort()) {
    const was = before.metrics[metric as keyof StepModel['metrics']];
    const now = after.metrics[metric as keyof StepModel['metrics']];
    if (was === now) continue;
    recorder.add('metric-changed', {
      ...base,
      field: metric,
      before: was,
      after: now,
      level: metricLevel(metric, was, now),
      ...(was !== undefined && now !== undefined ? { delta: round(now - was) } : {}),
      at: { before: `${at.before}/metrics/${metric}`, after: `${at.after}/metrics/${metric}` },
    });
  }

  for (const field of STEP_FIELDS) {
    if (equalValues(before[field], after[field])) continue;
    recorder.add('step-changed', {
      ...base,
      field,
      before: before[field],
      after: after[field],
      at: within(field),
    });
  }
}

type Base = { journey: string; stage: string; step: string };
type Within = (list: string, index?: number) => { before: string; after: string };

function diffTouchpoints(recorder: ChangeRecorder, pair: StepPair, base: Base, within: Within): void {
  const { pairs, removed, added } = pairItems(
    pair.before.touchpoints,
    pair.after.touchpoints,
    (touchpoint) => `${touchpoint.channel}\u0000${touchpoint.name ?? ''}`,
    (a, b) => a.name !== undefined && a.name === b.name,
  );
  for (const { item, index } of removed) {
    recorder.add('touchpoint-removed', {
      ...base,
      before: item,
      at: {
        before: within('touchpoints', index).before,
        after: pair.after.touchpoints.length > 0 ? within('touchpoints').after : pair.at.after,
      },
    });
  }
  for (const match of pairs) {
    const at = { before: within('touchpoints', match.beforeIndex).before, after: within('touchpoints', match.afterIndex).after };
    if (match.before.channel !== match.after.channel) {
      recorder.add('touchpoint-channel-changed', {
        ...base,
        field: 'channel',
        before: match.before.channel,
        after: match.after.channel,
        at,
      });
    }
    for (const field of TOUCHPOINT_FIELDS) {
      if (match.before[field] === match.after[field]) continue;
      recorder.add('touchpoint-changed', {
        ...base,
        field,
        before: match.before[field],
        after: match.after[field],
        at,
      });
    }
  }
  for (const { item, index } of added) {
    recorder.add('touchpoint-added', {
      ...base,
      after: item,
      at: { after: within('touchpoints', index).after },
    });
  }
}

function diffStatements(
  recorder: ChangeRecorder,
  noun: 'thought' | 'pain-point',
  before: readonly StatementModel[],
  after: readonly StatementModel[],
  base: Base,
  within: (index?: number) => { before: string; after: string },
): void {
  const { pairs, removed, added } = pairItems(before, after, (statement) => statement.text);
  for (const { item, index } of removed) {
    recorder.add(`${noun}-removed` as const, { ...base, before: item.text, at: { before: within(index).before, after: within().after } });
  }
  for (const match of pairs) {
    if (equalValues(match.before, match.after)) continue;
    const at = { before: within(match.beforeIndex).before, after: within(match.afterIndex).after };
    if (Boolean(match.before.hypothesis) !== Boolean(match.after.hypothesis)) {
      recorder.add(match.after.hypothesis ? 'hypothesis-raised' : 'hypothesis-confirmed', {
        ...base,
        field: noun === 'thought' ? 'thoughts' : 'painPoints',
        before: match.before.text,
        after: match.after.text,
        at: {
          before: match.before.hypothesis ? `${at.before}/hypothesis` : at.before,
          after: match.after.hypothesis ? `${at.after}/hypothesis` : at.after,
        },
      });
    }
    const textChanged = match.before.text !== match.after.text;
    if (!textChanged && equalValues(match.before.evidence, match.after.evidence)) continue;
    recorder.add(`${noun}-changed` as const, {
      ...base,
      field: textChanged ? 'text' : 'evidence',
      before: textChanged ? match.before.text : match.before.evidence,
      after: textChanged ? match.after.text : match.after.evidence,
      at,
    });
  }
  for (const { item, index } of added) {
    recorder.add(`${noun}-added` as const, { ...base, after: item.text, at: { after: within(index).after } });
  }
}

function diffOpportunities(
  recorder: ChangeRecorder,
  before: readonly OpportunityModel[],
  after: readonly OpportunityModel[],
  base: Base,
  within: (index?: number) => { before: string; after: string },
): void {
  const { pairs, removed, added } = pairItems(before, after, (opportunity) => opportunity.title);
  for (const { item, index } of removed) {
    recorder.add('opportunity-removed', { ...base, before: item, at: { before: within(index).before, after: within().after } });
  }
  for (const match of pairs) {
    const at = { before: within(match.beforeIndex).before, after: within(match.afterIndex).after };
    if (match.before.status !== match.after.status) {
      recorder.add('opportunity-status-changed', {
        ...base,
        field: 'status',
        before: match.before.status,
        after: match.after.status,
        at: { before: `${at.before}/status`, after: `${at.after}/status` },
      });
    }
    for (const field of OPPORTUNITY_FIELDS) {
      if (match.before[field] === match.after[field]) continue;
      recorder.add('opportunity-changed', {
        ...base,
        field,
        before: match.before[field],
        after: match.after[field],
        at,
      });
    }
  }
  for (const { item, index } of added) {
    recorder.add('opportunity-added', { ...base, after: item, at: { after: within(index).after } });
  }
}

// Metrics are decimals (conversion 1.2): keep the delta free of binary noise such as 0.30000000000000004.
function round(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
